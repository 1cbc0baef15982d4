import { type Connection, type FoldingRange } from 'vscode-languageserver';
import { mathFoldingSpans } from '../core/symbols/folding';
import type { Session } from '../session/session';

export function registerFoldingRanges(connection: Connection, session: Session): void {
  connection.onFoldingRanges(({ textDocument }) => {
    const open = session.documents.get(textDocument.uri);
    if (!open) return [];
    const ranges: FoldingRange[] = [];
    for (const span of mathFoldingSpans(open.scanned.scan)) {
      const startLine = open.document.positionAt(span.start).line;
      const endLine = open.document.positionAt(span.end).line;
      // Keep the closing delimiter visible, as editors do for brackets.
      if (endLine - 1 > startLine) ranges.push({ startLine, endLine: endLine - 1, kind: 'region' });
    }
    return ranges;
  });
}
