/**
 * The preview page's script (bundled to dist/webview/preview.js). Shows the formula the host
 * sends, keeps zoom and the last formula in the webview state, sends copy requests and the theme's
 * foreground colour to the host.
 */
import {
  isHostMessage,
  toPreviewState,
  type CopyFormat,
  type HostMessage,
  type PreviewState,
  type ShownFormula,
  type WebviewMessage,
} from '../src/preview/messages';
import { renderFormula, renderPlaceholder } from './render';
import { watchTheme } from './theme';
import { vscodeApi } from './vscodeApi';
import { zoomIn, zoomKey, zoomOut } from './zoom';

const vscode = vscodeApi();
let state: PreviewState = toPreviewState(vscode.getState());

function byId(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (!node) throw new Error(`The preview page has no #${id}`);
  return node;
}

const formulaBox = byId('formula');
const status = byId('status');
const zoomReset = byId('zoom-reset');
const copyButtons = Array.from(document.querySelectorAll<HTMLButtonElement>('button[data-copy]'));

const labels: Record<CopyFormat, string> = { latex: 'LaTeX', mathml: 'MathML', svg: 'SVG' };

function post(message: WebviewMessage): void {
  vscode.postMessage(message);
}

function save(next: PreviewState): void {
  state = next;
  vscode.setState(state);
}

function setStatus(text: string, kind: 'info' | 'stale' | 'error' = 'info'): void {
  status.textContent = text;
  status.dataset.kind = kind;
}

function applyZoom(): void {
  formulaBox.style.setProperty('--mathlens-zoom', String(state.zoom));
  zoomReset.textContent = `${Math.round(state.zoom * 100)}%`;
}

function setZoom(zoom: number): void {
  save({ ...state, zoom });
  applyZoom();
}

function applyCurrent(current: boolean): void {
  formulaBox.classList.toggle('stale', !current);
  if (current) setStatus('');
  else setStatus('The cursor is outside math: showing the last formula.', 'stale');
}

function sameFormula(a: ShownFormula | undefined, b: ShownFormula): boolean {
  return (
    a !== undefined &&
    a.uri === b.uri &&
    a.latex === b.latex &&
    a.display === b.display &&
    a.html === b.html &&
    a.error === b.error
  );
}

function show(message: Extract<HostMessage, { type: 'show' }>): void {
  // The same formula again (the cursor moved inside it): no re-render, no flicker.
  if (!sameFormula(state.formula, message.formula)) renderFormula(formulaBox, message.formula);
  for (const button of copyButtons) button.disabled = false;
  applyCurrent(message.current);
  save({ ...state, formula: message.formula, current: message.current });
}

function copy(format: CopyFormat): void {
  const formula = state.formula;
  if (!formula) return;
  post({
    type: 'copy',
    format,
    uri: formula.uri,
    latex: formula.latex,
    display: formula.display,
  });
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = event.data;
  if (!isHostMessage(message)) return;
  switch (message.type) {
    case 'show':
      show(message);
      break;
    case 'stale':
      if (state.formula) {
        applyCurrent(false);
        save({ ...state, current: false });
      }
      break;
    case 'copied':
      if (message.ok) setStatus(`Copied as ${labels[message.format]}.`);
      else
        setStatus(`Could not copy as ${labels[message.format]}: ${message.error ?? ''}`, 'error');
      break;
  }
});

for (const button of copyButtons) {
  button.addEventListener('click', () => {
    const format = button.dataset.copy;
    if (format === 'latex' || format === 'mathml' || format === 'svg') copy(format);
  });
}
byId('zoom-in').addEventListener('click', () => setZoom(zoomIn(state.zoom)));
byId('zoom-out').addEventListener('click', () => setZoom(zoomOut(state.zoom)));
zoomReset.addEventListener('click', () => setZoom(1));
document.addEventListener('keydown', (event) => {
  const action = zoomKey(event);
  if (!action) return;
  event.preventDefault();
  setZoom(action === 'in' ? zoomIn(state.zoom) : action === 'out' ? zoomOut(state.zoom) : 1);
});

// Restore what was shown before the panel was hidden or the window reloaded.
applyZoom();
if (state.formula) {
  renderFormula(formulaBox, state.formula);
  for (const button of copyButtons) button.disabled = false;
  applyCurrent(state.current === true);
} else {
  renderPlaceholder(formulaBox);
}

watchTheme((kind, foreground) => post({ type: 'theme', kind, foreground }));
post({ type: 'ready' });
