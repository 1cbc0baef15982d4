import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import {
  ErrorCodes,
  ExitNotification,
  ResponseError,
  TextDocumentSyncKind,
} from 'vscode-languageserver-protocol/node';
import { killAllServers, LspClient, repoRoot, virtualUri } from './harness';

after(killAllServers);

const packageVersion = (
  JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }
).version;

describe('lifecycle', () => {
  it('answers initialize with its capabilities and server info', async () => {
    const client = await LspClient.start({ settings: {} });
    const { capabilities, serverInfo } = client.initializeResult;
    assert.deepEqual(capabilities.textDocumentSync, {
      openClose: true,
      change: TextDocumentSyncKind.Incremental,
    });
    assert.equal(capabilities.documentSymbolProvider, true);
    assert.equal(capabilities.foldingRangeProvider, true);
    assert.equal(serverInfo?.name, 'mathlens-language-server');
    assert.equal(serverInfo?.version, packageVersion);
    await client.shutdown();
  });

  it('registers for configuration changes and pulls the mathlens section when the client supports it', async () => {
    const client = await LspClient.start({ settings: {} });
    assert.deepEqual(client.configurationRequests, [[{ section: 'mathlens' }]]);
    assert.ok(
      client.registrations.some(
        (registration) => registration.method === 'workspace/didChangeConfiguration',
      ),
      `registrations: ${JSON.stringify(client.registrations)}`,
    );
    await client.shutdown();
  });

  it('does not ask for configuration when the client cannot answer', async () => {
    const client = await LspClient.start({ configuration: false });
    // A round trip after initialized: anything the server sent before it has arrived.
    await client.documentSymbols(virtualUri('none.tex'));
    assert.deepEqual(client.configurationRequests, []);
    assert.deepEqual(client.registrations, []);
    await client.shutdown();
  });

  it('exits with code 0 after shutdown and exit', async () => {
    const client = await LspClient.start({ settings: {} });
    const uri = virtualUri('open.tex');
    await client.open(uri, '$x^$');
    await client.nextDiagnostics(uri);
    await client.shutdown();
    assert.equal(client.exitCode, 0);
    assert.equal(client.isRunning, false);
  });

  it('exits with code 1 on exit without shutdown', async () => {
    const client = await LspClient.start({ settings: {} });
    await client.connection.sendNotification(ExitNotification.type);
    const { code } = await client.waitForExit();
    assert.equal(code, 1);
  });

  it('exits when its input closes', async () => {
    const client = await LspClient.start({ settings: {} });
    client.child.stdin.end();
    const { code, signal } = await client.waitForExit();
    assert.equal(signal, null);
    assert.notEqual(code, null);
  });

  it('returns empty results, not errors, for documents it does not know', async () => {
    const client = await LspClient.start({ settings: {} });
    const unknown = virtualUri('never-opened.tex');
    assert.deepEqual(await client.documentSymbols(unknown), []);
    assert.deepEqual(await client.foldingRanges(unknown), []);

    const closed = virtualUri('closed.tex');
    await client.open(closed, '\\begin{equation}\\label{a}\nx\n\\end{equation}\n');
    assert.equal(((await client.documentSymbols(closed)) ?? []).length, 1);
    await client.close(closed);
    assert.deepEqual(await client.documentSymbols(closed), []);
    assert.deepEqual(await client.foldingRanges(closed), []);

    // A change to a document that was never opened is ignored.
    await client.change(virtualUri('ghost.tex'), [{ text: '$x^$' }], 2);
    assert.deepEqual(await client.foldingRanges(unknown), []);
    assert.ok(client.isRunning);
    await client.shutdown();
  });

  it('answers an unknown request with MethodNotFound and keeps working', async () => {
    const client = await LspClient.start({ settings: {} });
    await assert.rejects(
      client.connection.sendRequest('mathlens/noSuchRequest', {}),
      (error: unknown) => {
        assert.ok(error instanceof ResponseError);
        assert.equal(error.code, ErrorCodes.MethodNotFound);
        return true;
      },
    );
    assert.deepEqual(await client.foldingRanges(virtualUri('after.tex')), []);
    await client.shutdown();
  });
});
