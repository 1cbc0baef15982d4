import { CodeActionKind, type CodeAction, type Range } from 'vscode-languageserver';
import { convertRange } from '../core/convert/editor/convertRange';
import { spokenBlockAround } from '../core/convert/editor/spokenBlock';
import { convertCached } from '../core/convert/cached';
import type { OpenDocument } from '../session/openDocuments';

const TITLE_LIMIT = 60;
const ALTERNATIVES = 2;

/** "Convert to LaTeX: …" for a title: long results are cut, the full text is in the edit. */
export function convertTitle(latex: string): string {
  const shown = latex.length > TITLE_LIMIT ? `${latex.slice(0, TITLE_LIMIT - 1)}…` : latex;
  return `Convert to LaTeX: ${shown}`;
}

/**
 * Conversions offered at a range: of the selected text (any document, outside math wrapped in
 * math delimiters), or, with nothing selected, of the spoken line under the cursor — the line of
 * a .spoken file, or the whole ```spoken block of a Markdown document.
 */
export function conversionActions(uri: string, open: OpenDocument, range: Range): CodeAction[] {
  const { document, scanned } = open;
  const start = document.offsetAt(range.start);
  const end = document.offsetAt(range.end);
  if (start === end) return spokenLineActions(uri, open, start);
  const converted = convertRange(scanned.text, scanned.language, scanned.scan, start, end);
  if (!converted || converted.conversion.form === 'latex') return [];
  const target = {
    start: document.positionAt(converted.start),
    end: document.positionAt(converted.end),
  };
  const latexes = [converted.conversion.latex, ...converted.conversion.alternatives];
  const texts = [converted.newText, ...converted.alternativeTexts];
  return texts.slice(0, 1 + ALTERNATIVES).map((newText, index) => ({
    title: convertTitle(latexes[index]),
    kind: CodeActionKind.RefactorRewrite,
    isPreferred: index === 0,
    edit: { changes: { [uri]: [{ range: target, newText }] } },
  }));
}

function spokenLineActions(uri: string, open: OpenDocument, offset: number): CodeAction[] {
  const { document, scanned } = open;
  const line = scanned.scan.items.find(
    (item) => item.kind === 'spoken' && item.start <= offset && offset <= item.end,
  );
  if (!line) return [];
  if (scanned.language === 'markdown') {
    const block = spokenBlockAround(scanned.text, line.start);
    if (!block) return [];
    const lines = scanned.scan.items.filter(
      (item) => item.kind === 'spoken' && block.start <= item.start && item.end <= block.end,
    );
    const newText = lines
      .map((item) => `$$\n${convertCached(scanned.text.slice(item.start, item.end)).latex}\n$$`)
      .join('\n\n');
    return [
      {
        title: 'Convert the spoken block to LaTeX',
        kind: CodeActionKind.RefactorRewrite,
        edit: {
          changes: {
            [uri]: [
              {
                range: {
                  start: document.positionAt(block.start),
                  end: document.positionAt(block.end),
                },
                newText,
              },
            ],
          },
        },
      },
    ];
  }
  return conversionActions(uri, open, {
    start: document.positionAt(line.start),
    end: document.positionAt(line.end),
  });
}
