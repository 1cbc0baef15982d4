import { analyzeDocument } from '../core/check/analyze';
import type { Finding } from '../core/findings';
import type { MathSettings } from '../core/macros/mathContext';
import { ProjectIndex } from '../core/project/projectIndex';
import { defaultSettings, type MathLensSettings } from '../protocol';
import { OpenDocuments, type OpenDocument } from './openDocuments';
import { WorkspaceFiles } from './workspaceFiles';

/** The server's state: open documents, the project index over the workspace, settings. */
export class Session {
  readonly documents = new OpenDocuments();
  readonly files = new WorkspaceFiles(this.documents);
  readonly index = new ProjectIndex(this.files);
  settings: MathLensSettings = defaultSettings;

  get mathSettings(): MathSettings {
    return { macros: this.settings.macros };
  }

  /** Tells the index about an open document's new state; true when other documents may be affected. */
  sync(uri: string, open: OpenDocument): boolean {
    return this.index.setDocument(uri, open.scanned.text, open.scanned.scan);
  }

  findings(uri: string): Finding[] {
    return analyzeDocument(this.index, uri, this.mathSettings) ?? [];
  }
}
