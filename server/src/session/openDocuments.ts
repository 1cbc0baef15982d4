import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  DidChangeTextDocumentParams,
  DidCloseTextDocumentParams,
  DidOpenTextDocumentParams,
} from 'vscode-languageserver';
import { ScannedDocument } from '../core/regions/scannedDocument';
import type { DocumentLanguage } from '../core/regions/types';
import { languageOf } from '../core/project/projectIndex';

export interface OpenDocument {
  /** LSP's view: positions ↔ offsets, version. */
  document: TextDocument;
  /** Core's view: the text and its incrementally maintained scan. */
  scanned: ScannedDocument;
}

function languageFor(languageId: string, uri: string): DocumentLanguage {
  if (languageId === 'markdown') return 'markdown';
  if (languageId === 'spoken') return 'spoken';
  if (languageId === 'latex' || languageId === 'tex' || languageId === 'bibtex') return 'latex';
  return languageOf(uri);
}

/**
 * The documents the editor has open, kept in step with incremental changes: each LSP change is
 * turned into offsets against the text before it and handed to the scanner, which re-scans only
 * around the edit.
 */
export class OpenDocuments {
  private readonly documents = new Map<string, OpenDocument>();

  get(uri: string): OpenDocument | undefined {
    return this.documents.get(uri);
  }

  all(): IterableIterator<[string, OpenDocument]> {
    return this.documents.entries();
  }

  open({ textDocument }: DidOpenTextDocumentParams): OpenDocument {
    const document = TextDocument.create(
      textDocument.uri,
      textDocument.languageId,
      textDocument.version,
      textDocument.text,
    );
    const open = {
      document,
      scanned: new ScannedDocument(
        languageFor(textDocument.languageId, textDocument.uri),
        textDocument.text,
      ),
    };
    this.documents.set(textDocument.uri, open);
    return open;
  }

  change({ textDocument, contentChanges }: DidChangeTextDocumentParams): OpenDocument | undefined {
    const open = this.documents.get(textDocument.uri);
    if (!open) return undefined;
    let document = open.document;
    for (const change of contentChanges) {
      if ('range' in change) {
        const start = document.offsetAt(change.range.start);
        const end = document.offsetAt(change.range.end);
        open.scanned.update([{ start, end, text: change.text }]);
      } else {
        open.scanned.setText(change.text);
      }
      document = TextDocument.update(document, [change], textDocument.version);
    }
    open.document = document;
    return open;
  }

  close({ textDocument }: DidCloseTextDocumentParams): void {
    this.documents.delete(textDocument.uri);
  }
}
