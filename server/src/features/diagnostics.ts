import {
  DiagnosticSeverity,
  DiagnosticTag,
  type Connection,
  type Diagnostic,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultSeverity, isSilenced, type Finding, type Severity } from '../core/findings';
import type { MathLensSettings } from '../protocol';
import type { Session } from '../session/session';

const lspSeverity: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Finds another document's text, to place related information. */
export type TextLookup = (uri: string) => TextDocument | undefined;

/** A finding in LSP's terms, or undefined when the settings silence it. */
export function toDiagnostic(
  finding: Finding,
  document: TextDocument,
  settings: MathLensSettings,
  lookup: TextLookup = () => undefined,
): Diagnostic | undefined {
  if (isSilenced(finding.code, settings.diagnostics.ignore)) return undefined;
  const override = settings.diagnostics.severity[finding.code];
  if (override === 'off') return undefined;
  const severity = override ?? defaultSeverity(finding.code);
  const diagnostic: Diagnostic = {
    range: { start: document.positionAt(finding.start), end: document.positionAt(finding.end) },
    severity: lspSeverity[severity],
    code: finding.code,
    source: 'mathlens',
    message: finding.message,
  };
  if (finding.code === 'katex.ignored-command') diagnostic.tags = [DiagnosticTag.Unnecessary];
  if (finding.suggestions?.length) diagnostic.data = { suggestions: finding.suggestions };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.flatMap((related) => {
      const target = related.uri === undefined ? document : lookup(related.uri);
      if (!target) return [];
      return [
        {
          location: {
            uri: target.uri,
            range: { start: target.positionAt(related.start), end: target.positionAt(related.end) },
          },
          message: related.message,
        },
      ];
    });
  }
  return diagnostic;
}

const DEBOUNCE_MS = 100;

/**
 * Publishes diagnostics for open documents: after a short pause in typing, for the changed
 * document, and for every open document when project-wide facts (macros, includes, settings)
 * change.
 */
export class DiagnosticsPublisher {
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly connection: Connection,
    private readonly session: Session,
  ) {}

  schedule(uri: string, delay = DEBOUNCE_MS): void {
    clearTimeout(this.pending.get(uri));
    this.pending.set(
      uri,
      setTimeout(() => {
        this.pending.delete(uri);
        this.publish(uri);
      }, delay),
    );
  }

  scheduleAll(): void {
    for (const [uri] of this.session.documents.all()) this.schedule(uri);
  }

  clear(uri: string): void {
    clearTimeout(this.pending.get(uri));
    this.pending.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private textDocument(uri: string): TextDocument | undefined {
    const open = this.session.documents.get(uri);
    if (open) return open.document;
    const text = this.session.index.textOf(uri);
    return text === undefined ? undefined : TextDocument.create(uri, 'latex', 0, text);
  }

  publish(uri: string): void {
    const open = this.session.documents.get(uri);
    if (!open) return;
    const { settings } = this.session;
    let diagnostics: Diagnostic[] = [];
    if (settings.diagnostics.enable) {
      try {
        diagnostics = this.session
          .findings(uri)
          .map((finding) =>
            toDiagnostic(finding, open.document, settings, (other) => this.textDocument(other)),
          )
          .filter((diagnostic): diagnostic is Diagnostic => diagnostic !== undefined);
      } catch (error) {
        this.connection.console.error(
          `MathLens could not check ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
      }
    }
    void this.connection.sendDiagnostics({ uri, version: open.document.version, diagnostics });
  }
}
