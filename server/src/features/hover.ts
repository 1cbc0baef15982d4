import type { Connection, Hover, MarkupContent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { formulaAt, renderableFormula, type RenderableFormula } from '../core/hover/formulaAt';
import type { SvgRenderResult } from '../core/render/svg';
import { basename } from '../core/project/uris';
import { referenceAt } from '../core/symbols/references';
import { LineMap } from '../core/text/lineMap';
import { findLabel } from '../core/symbols/labels';
import { readAloud } from '../core/spoken/reader';
import { parserDefinitions } from '../core/macros/parserMacros';
import type { Session } from '../session/session';
import { convertCached } from '../core/convert/cached';
import type { SpokenRegion } from '../core/regions/types';

const READING_LIMIT = 400;

/**
 * Hover on a formula shows it rendered (an SVG image: hovers cannot run KaTeX's HTML), or KaTeX's
 * complaint; hover on \ref{…}/\eqref{…}/\cref{…} shows the labelled equation.
 */
export function registerHover(connection: Connection, session: Session): void {
  connection.onHover(({ textDocument, position }): Hover | null => {
    const open = session.documents.get(textDocument.uri);
    if (!open) return null;
    const { text, scan } = open.scanned;
    const offset = open.document.offsetAt(position);
    const uri = textDocument.uri;

    const reference = referenceAt(text, offset);
    if (reference) {
      const found = findLabel(session.index, uri, reference.key);
      const range = toRange(open.document, reference.start, reference.end);
      if (!found)
        return markdown(`No \`\\label{${escapeCode(reference.key)}}\` in this project.`, range);
      const where = `${decodeURIComponent(basename(found.uri))}, line ${new LineMap(found.text).position(found.label.start).line + 1}`;
      if (!found.label.region) {
        return markdown(
          `\`${escapeCode(reference.key)}\` labels text, not a formula (${where}).`,
          range,
        );
      }
      const formula = renderableFormula(
        found.text,
        found.label.region,
        session.mathContext(found.uri),
      );
      return markdown(`${formulaMarkdown(session, found.uri, formula)}\n\n*${where}*`, range);
    }

    const spokenLine = scan.items.find(
      (item): item is SpokenRegion =>
        item.kind === 'spoken' && item.start <= offset && offset <= item.end,
    );
    if (spokenLine) {
      return markdown(
        spokenMarkdown(session, uri, text.slice(spokenLine.start, spokenLine.end)),
        toRange(open.document, spokenLine.start, spokenLine.end),
      );
    }

    const context = session.mathContext(uri);
    const formula = formulaAt(text, scan, offset, context);
    if (!formula) return null;
    const spoken = readAloud(
      text.slice(formula.region.contentStart, formula.region.contentEnd),
      parserDefinitions(context),
    );
    const reading =
      'text' in spoken ? `\n\n*Read aloud:* ${escapeMarkdown(shorten(spoken.text))}` : '';
    return markdown(
      formulaMarkdown(session, uri, formula) + reading,
      toRange(open.document, formula.region.start, formula.region.end),
    );
  });
}

/** A spoken line: the formula it converts to, rendered, with its LaTeX and the runners-up. */
function spokenMarkdown(session: Session, uri: string, line: string): string {
  const { latex, alternatives, findings } = convertCached(line);
  const parts = [
    formulaMarkdown(session, uri, { katexSource: latex, display: true }),
    `*LaTeX:* \`${escapeCode(latex)}\``,
  ];
  if (alternatives.length) {
    parts.push(
      `*Or:* ${alternatives.map((alternative) => `\`${escapeCode(alternative)}\``).join(', ')}`,
    );
  }
  for (const finding of findings) parts.push(`*${escapeMarkdown(finding.message)}*`);
  return parts.join('\n\n');
}

/** The rendered formula as Markdown: its image(s), or what went wrong in words. */
export function formulaMarkdown(
  session: Session,
  uri: string,
  formula: Pick<RenderableFormula, 'katexSource' | 'display'>,
): string {
  return describe(session.renderSvg(uri, formula));
}

function describe(result: SvgRenderResult): string {
  switch (result.kind) {
    case 'svg':
      // One image per row when a tall environment was split to stay under the hover's limit.
      return [
        ...result.images.map((image) => `![formula](${image.dataUri})`),
        ...(result.omittedRows
          ? [
              `*${result.omittedRows} more row${result.omittedRows > 1 ? 's' : ''}: open the preview (MathLens: Open Preview) to see them all.*`,
            ]
          : []),
      ].join('\n\n');
    case 'error':
      return `**KaTeX cannot render this formula:** ${escapeMarkdown(result.message)}`;
    case 'too-large':
      return `*${escapeMarkdown(result.message)}* Open the preview (MathLens: Open Preview) to see it.`;
  }
}

function markdown(value: string, range: Hover['range']): Hover {
  const contents: MarkupContent = { kind: 'markdown', value };
  return { contents, range };
}

function toRange(document: TextDocument, start: number, end: number): Hover['range'] {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

function shorten(text: string): string {
  return text.length > READING_LIMIT ? `${text.slice(0, READING_LIMIT - 1)}…` : text;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

function escapeCode(text: string): string {
  return text.replace(/`/g, "'");
}
