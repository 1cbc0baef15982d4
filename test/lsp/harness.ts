/**
 * A small LSP client for tests: spawns the real server bundle (dist/server.js --stdio) and speaks
 * JSON-RPC to it. Waits on events (messages, process exit), never on fixed sleeps.
 */
import { strict as assert } from 'node:assert';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  CompletionRequest,
  CompletionResolveRequest,
  DocumentSymbolRequest,
  HoverRequest,
  ExitNotification,
  FoldingRangeRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  UnregistrationRequest,
  type ClientCapabilities,
  type CompletionItem,
  type CompletionList,
  type Hover,
  type Diagnostic,
  type DocumentSymbol,
  type FoldingRange,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type SymbolInformation,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

/** The repository root, from the compiled test location (out/test/lsp/). */
export const repoRoot = path.resolve(__dirname, '../../..');
export const serverPath = path.join(repoRoot, 'dist', 'server.js');

export function fixturePath(...parts: string[]): string {
  return path.join(repoRoot, 'test', 'fixtures', ...parts);
}

export function fileUri(filePath: string): string {
  return pathToFileURL(filePath).href;
}

let virtualCounter = 0;
/** A URI for an in-memory document that exists nowhere on disk; unique per call. */
export function virtualUri(name: string): string {
  virtualCounter++;
  return `file:///mathlens-test-virtual/${process.pid}/${virtualCounter}/${name}`;
}

/** Default time to wait for a server message, in milliseconds. */
export const DEFAULT_TIMEOUT = 8000;

export interface StartOptions {
  /** Workspace folders as file-system paths. */
  workspaceFolders?: string[];
  /** Extra client capabilities (merged over the defaults). */
  capabilities?: ClientCapabilities;
  /** Whether the client declares workspace.configuration (the server then pulls settings). Default true. */
  configuration?: boolean;
  /** The `mathlens` settings section, answered to workspace/configuration. */
  settings?: unknown;
  initializationOptions?: unknown;
}

export interface DiagnosticsWait {
  version?: number;
  timeout?: number;
}

interface Waiter {
  uri: string;
  accept: (params: PublishDiagnosticsParams) => boolean;
  resolve: (params: PublishDiagnosticsParams) => void;
}

const running = new Set<LspClient>();

/** Kills every server still running (for `after` hooks: a failed test must not leave one behind). */
export function killAllServers(): void {
  for (const client of running) client.kill();
}

export class LspClient {
  /** The `mathlens` section answered to workspace/configuration; tests may replace it. */
  settings: unknown;
  initializeResult!: InitializeResult;
  /** Every workspace/configuration request received, as its items. */
  readonly configurationRequests: { section?: string; scopeUri?: string }[][] = [];
  readonly registrations: { id: string; method: string }[] = [];
  /** Server stderr, kept for failure messages. */
  stderr = '';
  /** window/logMessage texts. */
  readonly logMessages: string[] = [];
  /** window/showMessage texts. */
  readonly shownMessages: string[] = [];
  /** How often the server asked for code lenses to be refreshed. */
  codeLensRefreshes = 0;

  private readonly published = new Map<string, PublishDiagnosticsParams[]>();
  /** How many publications per URI the tests have consumed. */
  private readonly consumed = new Map<string, number>();
  private readonly waiters = new Set<Waiter>();
  private readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private exitInfo: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  private configurationListeners: (() => void)[] = [];
  private readonly versions = new Map<string, number>();

  private constructor(
    readonly child: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
  ) {
    this.exited = new Promise((resolve) => {
      child.on('exit', (code, signal) => {
        this.exitInfo = { code, signal };
        running.delete(this);
        resolve({ code, signal });
      });
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      this.stderr += chunk;
    });
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const list = this.published.get(params.uri) ?? [];
      list.push(params);
      this.published.set(params.uri, list);
      this.settleWaiters(params.uri);
    });
    connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logMessages.push(params.message);
    });
    connection.onRequest(ConfigurationRequest.type, (params) => {
      this.configurationRequests.push(params.items);
      const answer = params.items.map((item) =>
        item.section === 'mathlens' ? (this.settings ?? null) : null,
      );
      const listeners = this.configurationListeners;
      this.configurationListeners = [];
      // Notify after the answer is on its way.
      setImmediate(() => listeners.forEach((listener) => listener()));
      return answer;
    });
    connection.onRequest(RegistrationRequest.type, (params) => {
      for (const registration of params.registrations)
        this.registrations.push({ id: registration.id, method: registration.method });
      return undefined;
    });
    connection.onRequest(UnregistrationRequest.type, () => undefined);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('workspace/semanticTokens/refresh', () => null);
    connection.onNotification('window/showMessage', (params: { message: string }) => {
      this.shownMessages.push(params.message);
    });
    connection.onRequest('workspace/codeLens/refresh', () => {
      this.codeLensRefreshes++;
      return null;
    });
    connection.onRequest('workspace/inlayHint/refresh', () => null);
    connection.onRequest('workspace/diagnostic/refresh', () => null);
    connection.onError(() => {
      /* surfaced through failed requests and the exit code */
    });
    connection.listen();
  }

  /** Spawns the server, initializes it and (when the client pulls configuration) waits for its first settings request. */
  static async start(options: StartOptions = {}): Promise<LspClient> {
    assert.ok(existsSync(serverPath), `${serverPath} is missing: run node scripts/build.mjs first`);
    const child = spawn(process.execPath, [serverPath, '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const connection = createProtocolConnection(
      new StreamMessageReader(child.stdout),
      new StreamMessageWriter(child.stdin),
    );
    const client = new LspClient(child, connection);
    running.add(client);
    client.settings = options.settings;
    const pull = options.configuration ?? true;
    const capabilities: ClientCapabilities = {
      ...options.capabilities,
      workspace: {
        workspaceFolders: true,
        didChangeConfiguration: { dynamicRegistration: true },
        ...options.capabilities?.workspace,
        configuration: pull,
      },
      textDocument: {
        publishDiagnostics: {
          relatedInformation: true,
          versionSupport: true,
          tagSupport: { valueSet: [1, 2] },
        },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        foldingRange: { lineFoldingOnly: true },
        ...options.capabilities?.textDocument,
      },
    };
    const folders = options.workspaceFolders ?? [];
    const configured = pull ? client.nextConfigurationRequest() : Promise.resolve();
    client.initializeResult = await client.withTimeout(
      connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: folders.length > 0 ? fileUri(folders[0]) : null,
        workspaceFolders:
          folders.length > 0
            ? folders.map((folder) => ({ uri: fileUri(folder), name: path.basename(folder) }))
            : null,
        capabilities,
        initializationOptions: options.initializationOptions,
      }),
      DEFAULT_TIMEOUT,
      'initialize',
    );
    await connection.sendNotification(InitializedNotification.type, {});
    await configured;
    return client;
  }

  /** Resolves once the server has asked for (and been answered) its settings the next time. */
  nextConfigurationRequest(timeout = DEFAULT_TIMEOUT): Promise<void> {
    return this.withTimeout(
      new Promise<void>((resolve) => this.configurationListeners.push(resolve)),
      timeout,
      'workspace/configuration request',
    );
  }

  get exitCode(): number | null | undefined {
    return this.exitInfo?.code;
  }

  get isRunning(): boolean {
    return this.exitInfo === undefined;
  }

  async open(
    uri: string,
    text: string,
    languageId = languageIdOf(uri),
    version = 1,
  ): Promise<void> {
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version, text },
    });
  }

  /** Sends one didChange with the given changes; the version is the previous one plus one unless given. */
  async change(
    uri: string,
    changes: TextDocumentContentChangeEvent[],
    version?: number,
  ): Promise<number> {
    const next = version ?? (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, next);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: next },
      contentChanges: changes,
    });
    return next;
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, {
      textDocument: { uri },
    });
  }

  /** Replaces the settings and tells the server (it then pulls them, when it pulls). */
  async changeSettings(settings: unknown): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, {
      settings: { mathlens: settings },
    });
  }

  /** Every publication for the URI so far (consumed or not). */
  allDiagnostics(uri: string): PublishDiagnosticsParams[] {
    return [...(this.published.get(uri) ?? [])];
  }

  /** Marks every publication received so far for the URI as consumed. */
  skipDiagnostics(uri: string): void {
    this.consumed.set(uri, this.published.get(uri)?.length ?? 0);
  }

  /**
   * The next publication for the URI not yet consumed by a test (with the given version, when
   * given: earlier publications for other versions are skipped). Waits for it.
   */
  nextDiagnostics(
    uri: string,
    { version, timeout = DEFAULT_TIMEOUT }: DiagnosticsWait = {},
  ): Promise<PublishDiagnosticsParams> {
    const description =
      version === undefined
        ? `diagnostics for ${uri}`
        : `diagnostics for ${uri} version ${version}`;
    return this.waitForDiagnostics(
      uri,
      (params) => version === undefined || params.version === version,
      timeout,
      description,
    );
  }

  /** The next unconsumed publication for the URI that satisfies the predicate (earlier ones are consumed). */
  waitForDiagnostics(
    uri: string,
    accept: (params: PublishDiagnosticsParams) => boolean,
    timeout = DEFAULT_TIMEOUT,
    description = `matching diagnostics for ${uri}`,
  ): Promise<PublishDiagnosticsParams> {
    let waiter: Waiter | undefined;
    const promise = new Promise<PublishDiagnosticsParams>((resolve) => {
      waiter = { uri, accept, resolve };
      this.waiters.add(waiter);
      this.settleWaiters(uri);
    });
    return this.withTimeout(promise, timeout, description, () => {
      // A waiter that timed out must not swallow later publications.
      if (waiter) this.waiters.delete(waiter);
      const seen = this.allDiagnostics(uri).map(
        (params) => `v${params.version}: ${JSON.stringify(params.diagnostics.map((d) => d.code))}`,
      );
      return `publications so far: ${seen.join('; ') || 'none'}`;
    });
  }

  private settleWaiters(uri: string): void {
    for (const waiter of [...this.waiters]) {
      if (waiter.uri !== uri) continue;
      const list = this.published.get(uri) ?? [];
      let index = this.consumed.get(uri) ?? 0;
      while (index < list.length) {
        const params = list[index++];
        if (waiter.accept(params)) {
          this.consumed.set(uri, index);
          this.waiters.delete(waiter);
          waiter.resolve(params);
          break;
        }
      }
      if (this.waiters.has(waiter)) this.consumed.set(uri, index);
    }
  }

  documentSymbols(uri: string): Promise<DocumentSymbol[] | SymbolInformation[] | null> {
    return this.withTimeout(
      this.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }),
      DEFAULT_TIMEOUT,
      'documentSymbol',
    );
  }

  hover(uri: string, line: number, character: number): Promise<Hover | null> {
    return this.withTimeout(
      this.connection.sendRequest(HoverRequest.type, {
        textDocument: { uri },
        position: { line, character },
      }),
      DEFAULT_TIMEOUT,
      'hover',
    );
  }

  completion(
    uri: string,
    line: number,
    character: number,
  ): Promise<CompletionList | CompletionItem[] | null> {
    return this.withTimeout(
      this.connection.sendRequest(CompletionRequest.type, {
        textDocument: { uri },
        position: { line, character },
      }),
      DEFAULT_TIMEOUT,
      'completion',
    );
  }

  resolveCompletion(item: CompletionItem): Promise<CompletionItem> {
    return this.withTimeout(
      this.connection.sendRequest(CompletionResolveRequest.type, item),
      DEFAULT_TIMEOUT,
      'completionItem/resolve',
    );
  }

  /** A custom request (mathlens/…). */
  request<R>(method: string, params: unknown): Promise<R> {
    return this.withTimeout(
      this.connection.sendRequest<R>(method, params),
      DEFAULT_TIMEOUT,
      method,
    );
  }

  foldingRanges(uri: string): Promise<FoldingRange[] | null> {
    return this.withTimeout(
      this.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } }),
      DEFAULT_TIMEOUT,
      'foldingRange',
    );
  }

  /** shutdown request + exit notification; asserts the process exits with code 0. */
  async shutdown(timeout = DEFAULT_TIMEOUT): Promise<void> {
    await this.withTimeout(this.connection.sendRequest(ShutdownRequest.type), timeout, 'shutdown');
    await this.connection.sendNotification(ExitNotification.type);
    const { code, signal } = await this.withTimeout(this.exited, timeout, 'server exit');
    this.connection.dispose();
    assert.equal(signal, null, `server was killed by ${signal}`);
    assert.equal(code, 0, `server exited with ${code}; stderr:\n${this.stderr}`);
  }

  /** Waits for the process to end, whatever ends it. */
  waitForExit(
    timeout = DEFAULT_TIMEOUT,
  ): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    return this.withTimeout(this.exited, timeout, 'server exit');
  }

  kill(): void {
    this.connection.dispose();
    if (this.isRunning) this.child.kill('SIGKILL');
    running.delete(this);
  }

  private withTimeout<T>(
    promise: Promise<T>,
    timeout: number,
    what: string,
    detail?: () => string,
  ): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const exit = this.exitInfo
          ? ` (server exited with ${this.exitInfo.code ?? this.exitInfo.signal})`
          : '';
        const more = detail ? `\n${detail()}` : '';
        const stderr = this.stderr ? `\nserver stderr:\n${this.stderr.slice(-2000)}` : '';
        reject(
          new Error(`timed out after ${timeout} ms waiting for ${what}${exit}${more}${stderr}`),
        );
      }, timeout);
    });
    return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
  }
}

export function languageIdOf(uri: string): string {
  if (/\.(md|markdown)$/i.test(uri)) return 'markdown';
  if (/\.spoken$/i.test(uri)) return 'spoken';
  return 'latex';
}

/** Codes of the diagnostics, in order. */
export function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => String(diagnostic.code));
}

/** A compact, comparable view of a diagnostic's range: [startLine, startChar, endLine, endChar]. */
export function rangeOf(diagnostic: {
  range: Diagnostic['range'];
}): [number, number, number, number] {
  const { start, end } = diagnostic.range;
  return [start.line, start.character, end.line, end.character];
}

/**
 * Takes `|` cursor markers out of a text: returns the text and their positions (0-based line and
 * UTF-16 character), in order. Write `||` for a literal bar.
 */
export function cursors(marked: string): {
  text: string;
  positions: { line: number; character: number }[];
} {
  const positions: { line: number; character: number }[] = [];
  let text = '';
  let line = 0;
  let character = 0;
  for (let i = 0; i < marked.length; i++) {
    const ch = marked[i];
    if (ch === '|') {
      if (marked[i + 1] === '|') {
        text += '|';
        character++;
        i++;
        continue;
      }
      positions.push({ line, character });
      continue;
    }
    text += ch;
    if (ch === '\n') {
      line++;
      character = 0;
    } else character++;
  }
  return { text, positions };
}

/** A diagnostic's message as plain text (LSP 3.18 allows MarkupContent; this server sends strings). */
export function messageOf(diagnostic: Diagnostic): string {
  assert.equal(typeof diagnostic.message, 'string', 'diagnostic messages are plain strings');
  return diagnostic.message as string;
}
