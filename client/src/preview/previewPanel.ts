/**
 * The live preview panel's host: a webview beside the editor that follows the cursor across math
 * regions and shows the formula the server rendered with the document's macros.
 */
import {
  CancellationTokenSource,
  Uri,
  ViewColumn,
  env,
  window,
  workspace,
  type Disposable,
  type ExtensionContext,
  type TextEditor,
  type WebviewOptions,
  type WebviewPanel,
  type WebviewPanelOptions,
} from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  documentLanguages,
  previewRequest,
  renderRequest,
  type PreviewContent,
  type PreviewParams,
  type RenderParams,
  type RenderResult,
} from '../../../server/src/protocol';
import {
  isWebviewMessage,
  toPreviewState,
  type HostMessage,
  type ShownFormula,
  type WebviewMessage,
  type WebviewThemeKind,
} from './messages';
import { createNonce, previewHtml } from './previewHtml';

export const previewViewType = 'mathlens.preview';
const debounceMs = 80;

/** What the panel needs from the rest of the extension. */
export interface PreviewHost {
  context: ExtensionContext;
  /** The language client, once it exists (requests wait for it to be running). */
  client(): LanguageClient | undefined;
  /** The webview computed this foreground colour from VS Code's theme. */
  onThemeColor(kind: WebviewThemeKind, foreground: string): void;
}

function isPreviewable(editor: TextEditor | undefined): editor is TextEditor {
  return (
    editor !== undefined &&
    (documentLanguages as readonly string[]).includes(editor.document.languageId)
  );
}

export function webviewOptions(extensionUri: Uri): WebviewOptions & WebviewPanelOptions {
  return {
    enableScripts: true,
    localResourceRoots: [
      Uri.joinPath(extensionUri, 'dist', 'katex'),
      Uri.joinPath(extensionUri, 'dist', 'webview'),
      Uri.joinPath(extensionUri, 'media'),
    ],
  };
}

export class PreviewPanel implements Disposable {
  private static instance: PreviewPanel | undefined;

  private readonly disposables: Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: CancellationTokenSource | undefined;
  /** Bumped for every request: a response whose number is not the latest is dropped. */
  private generation = 0;
  /** The editor the preview follows (the last previewable one that had focus). */
  private editor: TextEditor | undefined;

  /** Opens the preview beside the editor (without taking focus), or reveals the open one. */
  static show(host: PreviewHost): void {
    const editor = window.activeTextEditor;
    if (PreviewPanel.instance) {
      PreviewPanel.instance.panel.reveal(undefined, true);
      if (isPreviewable(editor)) PreviewPanel.instance.follow(editor);
      return;
    }
    const panel = window.createWebviewPanel(
      previewViewType,
      'MathLens Preview',
      { viewColumn: ViewColumn.Beside, preserveFocus: true },
      webviewOptions(host.context.extensionUri),
    );
    PreviewPanel.instance = new PreviewPanel(panel, host, editor);
  }

  /** Restores a panel VS Code kept across a window reload (its webview state comes back too). */
  static revive(panel: WebviewPanel, host: PreviewHost, state: unknown): void {
    PreviewPanel.instance?.dispose();
    panel.webview.options = webviewOptions(host.context.extensionUri);
    const restored = toPreviewState(state);
    const editor =
      window.visibleTextEditors.find(
        (candidate) => candidate.document.uri.toString() === restored.formula?.uri,
      ) ?? window.activeTextEditor;
    PreviewPanel.instance = new PreviewPanel(panel, host, editor);
  }

  private constructor(
    private readonly panel: WebviewPanel,
    private readonly host: PreviewHost,
    editor: TextEditor | undefined,
  ) {
    this.editor = isPreviewable(editor) ? editor : undefined;
    panel.iconPath = Uri.joinPath(host.context.extensionUri, 'media', 'preview.svg');
    panel.webview.html = this.html();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
      panel.onDidChangeViewState(() => {
        if (panel.visible) this.schedule(0);
      }),
      window.onDidChangeActiveTextEditor((active) => {
        if (isPreviewable(active)) this.follow(active);
      }),
      window.onDidChangeTextEditorSelection((event) => {
        if (isPreviewable(event.textEditor)) this.follow(event.textEditor);
      }),
      workspace.onDidChangeTextDocument((event) => {
        if (this.editor && event.document === this.editor.document && event.contentChanges.length) {
          this.schedule(debounceMs);
        }
      }),
      workspace.onDidCloseTextDocument((document) => {
        if (this.editor?.document === document) this.editor = undefined;
      }),
    );
  }

  private html(): string {
    const webview = this.panel.webview;
    const root = this.host.context.extensionUri;
    const uri = (...segments: string[]): string =>
      webview.asWebviewUri(Uri.joinPath(root, ...segments)).toString();
    return previewHtml({
      cspSource: webview.cspSource,
      nonce: createNonce(),
      scriptUri: uri('dist', 'webview', 'preview.js'),
      katexCssUri: uri('dist', 'katex', 'katex.min.css'),
      styleUri: uri('dist', 'webview', 'preview.css'),
    });
  }

  private follow(editor: TextEditor): void {
    this.editor = editor;
    this.schedule(debounceMs);
  }

  private schedule(delay: number): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, delay);
  }

  private post(message: HostMessage): void {
    void this.panel.webview.postMessage(message);
  }

  /** Asks the server for the formula under the cursor and shows it (or marks the last stale). */
  private async refresh(): Promise<void> {
    const editor = this.editor;
    const client = this.host.client();
    if (!editor || !client || !this.panel.visible) return;
    this.pending?.cancel();
    this.pending?.dispose();
    const pending = new CancellationTokenSource();
    this.pending = pending;
    const generation = ++this.generation;
    const document = editor.document;
    const version = document.version;
    const params: PreviewParams = {
      uri: client.code2ProtocolConverter.asUri(document.uri),
      position: client.code2ProtocolConverter.asPosition(editor.selection.active),
    };
    let content: PreviewContent | null;
    try {
      content = await client.sendRequest<PreviewContent | null>(
        previewRequest,
        params,
        pending.token,
      );
    } catch (error) {
      if (generation === this.generation && !pending.token.isCancellationRequested) {
        client.warn(`Preview request failed: ${String(error)}`);
      }
      return;
    }
    // A newer request (or an edit) made this answer stale: drop it.
    if (generation !== this.generation || document.version !== version) return;
    if (!content) {
      this.post({ type: 'stale' });
      return;
    }
    const formula: ShownFormula = {
      uri: document.uri.toString(),
      latex: content.latex,
      display: content.display,
      ...(content.html !== undefined ? { html: content.html } : {}),
      ...(content.error !== undefined ? { error: content.error } : {}),
      ...(content.steps !== undefined ? { steps: content.steps } : {}),
    };
    this.post({ type: 'show', formula, current: true });
  }

  private receive(message: unknown): void {
    if (!isWebviewMessage(message)) return;
    switch (message.type) {
      case 'ready':
        this.schedule(0);
        break;
      case 'theme':
        this.host.onThemeColor(message.kind, message.foreground);
        break;
      case 'copy':
        void this.copy(message);
        break;
    }
  }

  private async copy(message: Extract<WebviewMessage, { type: 'copy' }>): Promise<void> {
    const { format } = message;
    try {
      if (format === 'latex') {
        await env.clipboard.writeText(message.latex);
      } else {
        const client = this.host.client();
        if (!client) throw new Error('the MathLens language server is not running');
        const params: RenderParams = {
          uri: client.code2ProtocolConverter.asUri(Uri.parse(message.uri)),
          latex: message.latex,
          display: message.display,
          format,
        };
        const result = await client.sendRequest<RenderResult>(renderRequest, params);
        if ('error' in result) throw new Error(result.error);
        await env.clipboard.writeText(result.text);
      }
      this.post({ type: 'copied', format, ok: true });
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      this.post({ type: 'copied', format, ok: false, error: text });
      void window.showErrorMessage(`MathLens: could not copy the formula: ${text}`);
    }
  }

  dispose(): void {
    if (PreviewPanel.instance === this) PreviewPanel.instance = undefined;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.pending?.cancel();
    this.pending?.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    this.panel.dispose();
  }
}
