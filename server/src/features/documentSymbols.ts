import { SymbolKind, type Connection, type DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { documentSymbols, type MathSymbol } from '../core/symbols/documentSymbols';
import type { Session } from '../session/session';

function toSymbol(symbol: MathSymbol, document: TextDocument): DocumentSymbol {
  return {
    name: symbol.name,
    detail: symbol.detail,
    kind: symbol.kind === 'label' ? SymbolKind.Key : SymbolKind.Number,
    range: { start: document.positionAt(symbol.start), end: document.positionAt(symbol.end) },
    selectionRange: {
      start: document.positionAt(symbol.selectionStart),
      end: document.positionAt(symbol.selectionEnd),
    },
    children: symbol.children.map((child) => toSymbol(child, document)),
  };
}

export function registerDocumentSymbols(connection: Connection, session: Session): void {
  connection.onDocumentSymbol(({ textDocument }) => {
    const open = session.documents.get(textDocument.uri);
    if (!open) return [];
    return documentSymbols(open.scanned.text, open.scanned.scan).map((symbol) =>
      toSymbol(symbol, open.document),
    );
  });
}
