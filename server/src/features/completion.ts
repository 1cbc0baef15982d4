import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type Connection,
} from 'vscode-languageserver';
import { commandGlyph } from '../core/complete/glyphs';
import { mathCompletions, type MathCompletionItem } from '../core/complete/mathCompletion';
import { projectLabels } from '../core/symbols/labels';
import type { Session } from '../session/session';
import { formulaMarkdown } from './hover';

const kinds: Record<MathCompletionItem['kind'], CompletionItemKind> = {
  command: CompletionItemKind.Function,
  macro: CompletionItemKind.Variable,
  environment: CompletionItemKind.Module,
  label: CompletionItemKind.Reference,
};

/** What resolve needs to render an item's example in the document's context. */
interface ItemData {
  uri: string;
  example: string;
  /** Labels show their equation as display math; commands show themselves inline. */
  display: boolean;
}

/** Trigger characters: a command's backslash, an argument's brace, a \cref list's comma. */
export const completionTriggers = ['\\', '{', ','];

/**
 * Math completion: commands inside math (with their glyph, and rendered on resolve), environment
 * names after \begin{, labels inside \ref{…}.
 */
export function registerCompletion(connection: Connection, session: Session): void {
  connection.onCompletion(({ textDocument, position }) => {
    const open = session.documents.get(textDocument.uri);
    if (!open) return null;
    const uri = textDocument.uri;
    const result = mathCompletions(open.document.offsetAt(position), {
      text: open.scanned.text,
      scan: open.scanned.scan,
      context: session.mathContext(uri),
      labels: () => projectLabels(session.index, uri),
      glyph: commandGlyph,
    });
    if (!result) return null;
    const range = {
      start: open.document.positionAt(result.start),
      end: open.document.positionAt(result.end),
    };
    const items = result.items.map((item): CompletionItem => {
      const data: ItemData | undefined = item.example
        ? { uri, example: item.example, display: item.kind === 'label' }
        : undefined;
      return {
        label: item.label,
        kind: kinds[item.kind],
        detail: item.detail,
        textEdit: item.snippet ? { range, newText: item.snippet } : { range, newText: item.label },
        insertTextFormat: item.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
        data,
      };
    });
    return { isIncomplete: false, items };
  });

  connection.onCompletionResolve((item) => {
    const data = item.data as Partial<ItemData> | undefined;
    if (typeof data?.uri !== 'string' || typeof data.example !== 'string') return item;
    const latex = data.example;
    item.documentation = {
      kind: MarkupKind.Markdown,
      value: formulaMarkdown(session, data.uri, {
        katexSource: latex,
        display: data.display === true,
      }),
    };
    return item;
  });
}
