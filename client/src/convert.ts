import type { Selection } from 'vscode';
import { Position, Range, window, workspace, type TextEditor } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { convertRequest, type ConvertedRange, type ConvertParams } from '../../server/src/protocol';

async function convertRanges(
  client: LanguageClient,
  editor: TextEditor,
  ranges: readonly Range[],
): Promise<ConvertedRange[]> {
  const params: ConvertParams = {
    uri: editor.document.uri.toString(),
    ranges: ranges.map((range) => ({
      start: { line: range.start.line, character: range.start.character },
      end: { line: range.end.line, character: range.end.character },
    })),
    texts: ranges.map((range) => editor.document.getText(range)),
  };
  return client.sendRequest<ConvertedRange[]>(convertRequest, params);
}

function toRange({ start, end }: ConvertedRange['range']): Range {
  return new Range(
    new Position(start.line, start.character),
    new Position(end.line, end.character),
  );
}

function reportProblems(converted: readonly ConvertedRange[]): void {
  const problems = converted.flatMap((result) => result.problems);
  if (problems.length) void window.showWarningMessage(`MathLens: ${problems.join(' ')}`);
}

/**
 * "Convert to LaTeX": each selection (or, where nothing is selected, its line) replaced by its
 * LaTeX, wrapped in math delimiters where it is outside math.
 */
export async function convertSelections(client: LanguageClient | undefined): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor || !client) return;
  const ranges = editor.selections.map((selection: Selection) =>
    selection.isEmpty ? editor.document.lineAt(selection.active.line).range : selection,
  );
  const converted = await convertRanges(client, editor, ranges);
  if (converted.length === 0) {
    void window.showInformationMessage('MathLens: nothing to convert here.');
    return;
  }
  await editor.edit((builder) => {
    for (const result of converted) builder.replace(toRange(result.range), result.newText);
  });
  reportProblems(converted);
}

/** "Convert Spoken File to LaTeX": every line of the spoken file, as display math in a new document. */
export async function convertSpokenFile(client: LanguageClient | undefined): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor || !client) return;
  const { document } = editor;
  const lines = Array.from({ length: document.lineCount }, (_, line) =>
    document.lineAt(line),
  ).filter((line) => !line.isEmptyOrWhitespace);
  const converted = await convertRanges(
    client,
    editor,
    lines.map((line) => line.range),
  );
  const content = converted.map((result) => `\\[ ${result.latex} \\]`).join('\n');
  const target = await workspace.openTextDocument({ language: 'latex', content: `${content}\n` });
  await window.showTextDocument(target);
  reportProblems(converted);
}
