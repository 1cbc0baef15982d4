import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { resolve } from 'node:path';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';

/** The bundled server, started as an editor starts it: over stdio, speaking JSON-RPC. */
export class BenchServer {
  private readonly diagnosed = new Set<string>();
  private waiting: { uris: Set<string>; resolve: () => void } | undefined;

  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
  ) {
    connection.onNotification(PublishDiagnosticsNotification.type, ({ uri }) => {
      this.diagnosed.add(uri);
      if (this.waiting && [...this.waiting.uris].every((each) => this.diagnosed.has(each))) {
        this.waiting.resolve();
        this.waiting = undefined;
      }
    });
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
      params.items.map(() => null),
    );
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
  }

  static async start(workspace: string, initializationOptions: unknown): Promise<BenchServer> {
    const child = spawn(process.execPath, [resolve('dist/server.js'), '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const connection = createProtocolConnection(
      new StreamMessageReader(child.stdout),
      new StreamMessageWriter(child.stdin),
    );
    const server = new BenchServer(child, connection);
    const uri = `file://${workspace}`;
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{ uri, name: 'bench' }],
      capabilities: {},
      initializationOptions,
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return server;
  }

  /** Opens documents and resolves once the server has published diagnostics for each. */
  async openAll(documents: readonly { uri: string; text: string }[]): Promise<void> {
    const done = new Promise<void>((resolve) => {
      this.waiting = { uris: new Set(documents.map((document) => document.uri)), resolve };
    });
    for (const { uri, text } of documents) {
      await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'latex', version: 1, text },
      });
    }
    await done;
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    this.connection.dispose();
    this.child.kill();
  }
}
