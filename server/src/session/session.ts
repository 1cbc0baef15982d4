import { analyzeDocument, mathContextFor } from '../core/check/analyze';
import type { Finding } from '../core/findings';
import type { MathContext, MathSettings } from '../core/macros/mathContext';
import { ProjectIndex } from '../core/project/projectIndex';
import { defaultSettings, type EditorTheme, type MathLensSettings } from '../protocol';
import type { RenderableFormula } from '../core/hover/formulaAt';
import { renderKatex, type KatexRenderResult } from '../core/render/katexRender';
import { SvgRenderCache } from '../core/render/renderCache';
import type { SvgRenderResult } from '../core/render/svg';
import { DerivationJobs } from './derivationJobs';
import { OpenDocuments, type OpenDocument } from './openDocuments';
import { WorkspaceFiles } from './workspaceFiles';

/**
 * For clients that never say what their theme is (other editors): a grey that reads on light and
 * dark backgrounds alike.
 */
const unknownClientTheme: EditorTheme = { kind: 'dark', foreground: '#808080', fontSize: 14 };

/**
 * Math is set larger than the text around it, as KaTeX does (1.21 em): Computer Modern's letters
 * are smaller than a screen font's at the same size.
 */
const MATH_SCALE = 1.21;

/** The server's state: open documents, the project index over the workspace, settings. */
export class Session {
  readonly documents = new OpenDocuments();
  readonly files = new WorkspaceFiles(this.documents);
  readonly index = new ProjectIndex(this.files);
  readonly derivations = new DerivationJobs();
  settings: MathLensSettings = defaultSettings;
  /** The editor's colours and font size, as the client last told them (undefined: never told). */
  theme: EditorTheme | undefined;
  private readonly svgCache = new SvgRenderCache();

  get mathSettings(): MathSettings {
    return { macros: this.settings.macros };
  }

  /** Tells the index about an open document's new state; true when other documents may be affected. */
  sync(uri: string, open: OpenDocument): boolean {
    return this.index.setDocument(uri, open.scanned.text, open.scanned.scan);
  }

  /** The math context of a document: its project's macros, packages and settings. */
  mathContext(uri: string): MathContext {
    return mathContextFor(this.index, uri, this.mathSettings);
  }

  /** A formula of a document as an SVG image in the editor's colours, its macros applied. */
  renderSvg(
    uri: string,
    formula: Pick<RenderableFormula, 'katexSource' | 'display'>,
  ): SvgRenderResult {
    const context = this.mathContext(uri);
    const theme = this.theme ?? unknownClientTheme;
    return this.svgCache.render(formula.katexSource, {
      display: formula.display,
      macros: context.katex.macros,
      macrosKey: context.key,
      color: theme.foreground,
      fontSize: theme.fontSize * MATH_SCALE,
    });
  }

  /** A formula of a document as KaTeX HTML or MathML, its macros applied. */
  renderMarkup(
    uri: string,
    formula: Pick<RenderableFormula, 'katexSource' | 'display'>,
    output: 'html' | 'mathml' | 'htmlAndMathml',
  ): KatexRenderResult {
    const context = this.mathContext(uri);
    return renderKatex(formula.katexSource, {
      display: formula.display,
      macros: context.katex.macros,
      output,
    });
  }

  findings(uri: string): Finding[] {
    return analyzeDocument(this.index, uri, this.mathSettings) ?? [];
  }
}
