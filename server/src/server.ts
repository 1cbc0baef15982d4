import {
  CodeActionKind,
  CodeLensRefreshRequest,
  createConnection,
  DidChangeConfigurationNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocumentSyncKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { registerCodeActions } from './features/codeActions';
import { registerCodeLenses } from './features/codeLens';
import { registerConvert } from './features/convert';
import { completionTriggers, registerCompletion } from './features/completion';
import { registerHover } from './features/hover';
import { registerPreview } from './features/preview';
import { warmUpChecker } from './core/check/warmUp';
import { warmUpRenderer } from './core/render/svg';
import { DiagnosticsPublisher } from './features/diagnostics';
import { registerDocumentSymbols } from './features/documentSymbols';
import { registerFoldingRanges } from './features/foldingRanges';
import {
  defaultSettings,
  settingsSection,
  showDifferenceCommand,
  themeNotification,
} from './protocol';
import { readSettings, readTheme } from './session/settings';
import { Session } from './session/session';

const connection = createConnection(ProposedFeatures.all);
const session = new Session();
let pullConfiguration = false;
let refreshCodeLenses = false;
const diagnostics = new DiagnosticsPublisher(connection, session, () => {
  if (refreshCodeLenses) void connection.sendRequest(CodeLensRefreshRequest.type);
});

connection.onInitialize((params): InitializeResult => {
  const folders =
    params.workspaceFolders?.map((folder) => folder.uri) ??
    (params.rootUri ? [params.rootUri] : []);
  session.files.setRoots(folders);
  pullConfiguration = params.capabilities.workspace?.configuration === true;
  refreshCodeLenses = params.capabilities.workspace?.codeLens?.refreshSupport === true;
  session.settings = readSettings(params.initializationOptions, defaultSettings);
  session.theme = readTheme(
    (params.initializationOptions as { theme?: unknown } | undefined)?.theme,
  );
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      codeActionProvider: {
        codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite],
      },
      codeLensProvider: { resolveProvider: false },
      executeCommandProvider: { commands: [showDifferenceCommand] },
      hoverProvider: true,
      completionProvider: { triggerCharacters: completionTriggers, resolveProvider: true },
    },
    serverInfo: { name: 'mathlens-language-server', version: MATHLENS_VERSION },
  };
});

connection.onInitialized(() => {
  // MathJax takes tens of milliseconds to start, and the checker's first edit about twenty: do it
  // now rather than in the first hover and the first keystroke.
  setImmediate(() => {
    warmUpRenderer();
    warmUpChecker();
  });
  if (pullConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, {
      section: settingsSection,
    });
    void refreshSettings();
  }
});

async function refreshSettings(): Promise<void> {
  if (!pullConfiguration) return;
  const value: unknown = await connection.workspace.getConfiguration(settingsSection);
  session.settings = readSettings(value, defaultSettings);
  diagnostics.scheduleAll();
}

connection.onDidChangeConfiguration((change) => {
  if (pullConfiguration) void refreshSettings();
  else {
    const settings = (change.settings as Record<string, unknown> | undefined)?.[settingsSection];
    session.settings = readSettings(settings, defaultSettings);
    diagnostics.scheduleAll();
  }
});

connection.onNotification(themeNotification, (value: unknown) => {
  session.theme = readTheme(value) ?? session.theme;
});

connection.onDidOpenTextDocument((params) => {
  const open = session.documents.open(params);
  const affectsOthers = session.sync(params.textDocument.uri, open);
  diagnostics.schedule(params.textDocument.uri, 0);
  if (affectsOthers) diagnostics.scheduleAll();
});

connection.onDidChangeTextDocument((params) => {
  const open = session.documents.change(params);
  if (!open) return;
  if (session.sync(params.textDocument.uri, open)) diagnostics.scheduleAll();
  else diagnostics.schedule(params.textDocument.uri);
});

connection.onDidCloseTextDocument((params) => {
  session.documents.close(params);
  session.index.invalidate(params.textDocument.uri);
  diagnostics.clear(params.textDocument.uri);
  // Unsaved edits are gone: the rest of the project reads the file from disk again.
  diagnostics.scheduleAll();
});

connection.onDidChangeWatchedFiles(({ changes }) => {
  for (const change of changes) {
    if (change.type !== FileChangeType.Changed) session.files.refreshListing();
    if (!session.documents.get(change.uri)) session.index.invalidate(change.uri);
  }
  if (changes.some((change) => change.type !== FileChangeType.Changed)) session.index.reset();
  diagnostics.scheduleAll();
});

registerCodeActions(connection, session);
registerCodeLenses(connection, session);
registerConvert(connection, session);
registerDocumentSymbols(connection, session);
registerFoldingRanges(connection, session);
registerHover(connection, session);
registerCompletion(connection, session);
registerPreview(connection, session);

declare const MATHLENS_VERSION: string;

connection.listen();
