import {
  DiagnosticSeverity,
  DiagnosticTag,
  type Connection,
  type Diagnostic,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { derivationFindings, type DerivationResult } from '../core/derivation';
import { parserDefinitions } from '../core/macros/parserMacros';
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
  if (finding.suggestions?.length || finding.detail !== undefined) {
    diagnostic.data = {
      ...(finding.suggestions?.length ? { suggestions: finding.suggestions } : {}),
      ...(finding.detail === undefined ? {} : { detail: finding.detail }),
    };
  }
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
/** A derivation check still running after this long: the other diagnostics go out first. */
const EARLY_MS = 150;

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
    /** Called when a document's derivations have been checked (code lenses may refresh). */
    private readonly onDerivationsChecked: (uri: string) => void = () => {},
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
    this.session.derivations.forget(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private textDocument(uri: string): TextDocument | undefined {
    const open = this.session.documents.get(uri);
    if (open) return open.document;
    const text = this.session.index.textOf(uri);
    return text === undefined ? undefined : TextDocument.create(uri, 'latex', 0, text);
  }

  private toDiagnostics(document: TextDocument, findings: Finding[]): Diagnostic[] {
    const { settings } = this.session;
    return findings
      .filter(
        (finding) => settings.derivations.showUnknown || finding.code !== 'derivation.step-unknown',
      )
      .map((finding) =>
        toDiagnostic(finding, document, settings, (other) => this.textDocument(other)),
      )
      .filter((diagnostic): diagnostic is Diagnostic => diagnostic !== undefined);
  }

  private analysis(uri: string): Finding[] {
    try {
      return this.session.findings(uri);
    } catch (error) {
      this.connection.console.error(
        `MathLens could not check ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      return [];
    }
  }

  publish(uri: string): void {
    const open = this.session.documents.get(uri);
    if (!open) return;
    const { settings } = this.session;
    const { document } = open;
    const send = (findings: Finding[]) =>
      void this.connection.sendDiagnostics({
        uri,
        version: document.version,
        diagnostics: settings.diagnostics.enable ? this.toDiagnostics(document, findings) : [],
      });
    const analysis = settings.diagnostics.enable ? this.analysis(uri) : [];
    if (!settings.derivations.enable) {
      this.session.derivations.forget(uri);
      send(analysis);
      return;
    }
    const withSteps = (results: DerivationResult[]) => analysis.concat(derivationFindings(results));
    const context = this.session.mathContext(uri);
    const known = this.session.derivations.resultsFor(uri, document.version, context.key);
    if (known) {
      send(withSteps(known));
      return;
    }
    const early = setTimeout(() => send(analysis), EARLY_MS);
    this.session.derivations
      .check(uri, document.version, open.scanned.text, open.scanned.scan, {
        definitions: parserDefinitions(context),
        contextKey: context.key,
      })
      .then((results) => {
        clearTimeout(early);
        if (!results || this.session.documents.get(uri)?.document.version !== document.version)
          return;
        send(withSteps(results));
        this.onDerivationsChecked(uri);
      })
      .catch((error: unknown) => {
        clearTimeout(early);
        this.connection.console.error(
          `MathLens could not check derivations in ${uri}: ${String(error)}`,
        );
        send(analysis);
      });
  }
}
