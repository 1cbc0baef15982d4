import * as path from 'node:path';
import { commands, window, workspace, type ExtensionContext } from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { documentLanguages, settingsSection } from '../../server/src/protocol';

let client: LanguageClient | undefined;

/** Starts the MathLens language server (bundled beside this file) and wires its commands. */
export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: {
      module,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6009'] },
    },
  };
  const outputChannel = window.createOutputChannel('MathLens', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentLanguages.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    synchronize: {
      configurationSection: settingsSection,
      fileEvents: workspace.createFileSystemWatcher('**/*.{tex,sty,cls,ltx}'),
    },
    initializationOptions: workspace.getConfiguration(settingsSection),
    outputChannel,
  };
  client = new LanguageClient('mathlens', 'MathLens', serverOptions, clientOptions);
  context.subscriptions.push(
    outputChannel,
    commands.registerCommand('mathlens.restartServer', async () => {
      await client?.restart();
    }),
    commands.registerCommand('mathlens.showOutput', () => outputChannel.show(true)),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
