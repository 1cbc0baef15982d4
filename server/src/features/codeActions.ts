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
import { conversionActions, convertTitle } from './convertActions';

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
 * on a formula written in words, its conversion to LaTeX; on a refuted derivation step, "show the
 * simplified difference" of its two sides; and "Convert to LaTeX" for selected plain text.
 */
export function registerCodeActions(connection: Connection, session: Session): void {
  connection.onCodeAction(({ textDocument, context, range }) => {
    const open = session.documents.get(textDocument.uri);
    if (!open) return [];
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
          title:
            diagnostic.code === 'spoken.english-in-math'
              ? convertTitle(suggestion)
              : `Change to ${suggestion}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: index === 0,
          edit: {
            changes: { [textDocument.uri]: [{ range: diagnostic.range, newText: suggestion }] },
          },
        });
      });
    }
    const wantsRefactors =
      !context.only || context.only.some((kind) => CodeActionKind.RefactorRewrite.startsWith(kind));
    if (wantsRefactors) actions.push(...conversionActions(textDocument.uri, open, range));
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
