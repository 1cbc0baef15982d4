import * as path from 'node:path';
import { commands, window, workspace, type ExtensionContext } from 'vscode';
import {
  LanguageClient,
  State,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  documentLanguages,
  settingsSection,
  themeNotification,
  type EditorTheme,
} from '../../server/src/protocol';
import { PreviewPanel, previewViewType, type PreviewHost } from './preview/previewPanel';
import { ThemeTracker } from './theme';
import { convertSelections, convertSpokenFile } from './convert';

let client: LanguageClient | undefined;

/** The `mathlens` settings as plain JSON, plus the editor's theme. */
function initializationOptions(theme: EditorTheme): Record<string, unknown> {
  const settings = JSON.parse(
    JSON.stringify(workspace.getConfiguration(settingsSection)),
  ) as Record<string, unknown>;
  return { ...settings, theme };
}

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
  /** The theme the server last got (at initialize or by notification). */
  let sentTheme: EditorTheme | undefined;
  const sendTheme = (theme: EditorTheme): void => {
    if (client?.state !== State.Running || theme === sentTheme) return;
    sentTheme = theme;
    void client.sendNotification(themeNotification, theme);
  };
  const themes = new ThemeTracker(sendTheme);
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentLanguages.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    synchronize: {
      configurationSection: settingsSection,
      fileEvents: workspace.createFileSystemWatcher('**/*.{tex,sty,cls,ltx}'),
    },
    // A function: evaluated at every (re)start, so a restarted server gets the theme of now.
    initializationOptions: () => {
      sentTheme = themes.current;
      return initializationOptions(sentTheme);
    },
    outputChannel,
  };
  client = new LanguageClient('mathlens', 'MathLens', serverOptions, clientOptions);
  const previewHost: PreviewHost = {
    context,
    client: () => client,
    onThemeColor: (kind, foreground) => themes.reportWebviewForeground(kind, foreground),
  };
  context.subscriptions.push(
    outputChannel,
    themes,
    commands.registerCommand('mathlens.restartServer', async () => {
      await client?.restart();
    }),
    commands.registerCommand('mathlens.showOutput', () => outputChannel.show(true)),
    commands.registerCommand('mathlens.openPreview', () => PreviewPanel.show(previewHost)),
    commands.registerCommand('mathlens.convertToLatex', () => convertSelections(client)),
    commands.registerCommand('mathlens.convertSpokenFile', () => convertSpokenFile(client)),
    // Registered before the server starts, so a preview open at window reload comes back.
    window.registerWebviewPanelSerializer(previewViewType, {
      deserializeWebviewPanel: (panel, state: unknown) => {
        PreviewPanel.revive(panel, previewHost, state);
        return Promise.resolve();
      },
    }),
  );
  await client.start();
  // The theme may have changed while the server was starting.
  sendTheme(themes.current);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
