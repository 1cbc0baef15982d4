import {
  CodeActionKind,
  MessageType,
  ShowMessageNotification,
  type CodeAction,
  type Connection,
  type Diagnostic,
} from 'vscode-languageserver';
import { showDifferenceCommand } from '../protocol';
import type { Session } from '../session/session';

function detailOf(diagnostic: Diagnostic): string | undefined {
  const data = diagnostic.data as { detail?: unknown } | undefined;
  return typeof data?.detail === 'string' ? data.detail : undefined;
}

function suggestionsOf(diagnostic: Diagnostic): string[] {
  const data = diagnostic.data as { suggestions?: unknown } | undefined;
  return Array.isArray(data?.suggestions)
    ? data.suggestions.filter((value): value is string => typeof value === 'string')
    : [];
}

/**
 * "Did you mean": a quick fix per suggestion of an unknown-command or unknown-environment finding;
 * and on a refuted derivation step, "show the simplified difference" of its two sides.
 */
export function registerCodeActions(connection: Connection, session: Session): void {
  connection.onCodeAction(({ textDocument, context }) => {
    if (!session.documents.get(textDocument.uri)) return [];
    const actions: CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== 'mathlens') continue;
      const detail = detailOf(diagnostic);
      if (diagnostic.code === 'derivation.step-refuted' && detail !== undefined) {
        actions.push({
          title: 'Show the simplified difference',
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: {
            title: 'Show the simplified difference',
            command: showDifferenceCommand,
            arguments: [detail],
          },
        });
      }
      suggestionsOf(diagnostic).forEach((suggestion, index) => {
        actions.push({
          title: `Change to ${suggestion}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: index === 0,
          edit: {
            changes: { [textDocument.uri]: [{ range: diagnostic.range, newText: suggestion }] },
          },
        });
      });
    }
    return actions;
  });
  connection.onExecuteCommand(({ command, arguments: args }) => {
    if (command !== showDifferenceCommand || typeof args?.[0] !== 'string') return;
    void connection.sendNotification(ShowMessageNotification.type, {
      type: MessageType.Info,
      message: args[0],
    });
  });
}
