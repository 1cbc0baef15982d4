/** Zoom of the formula along fixed steps. */
import { zoomSteps } from '../src/preview/messages';

export function zoomIn(zoom: number): number {
  return zoomSteps.find((step) => step > zoom + 1e-9) ?? zoomSteps[zoomSteps.length - 1];
}

export function zoomOut(zoom: number): number {
  for (let i = zoomSteps.length - 1; i >= 0; i--)
    if (zoomSteps[i] < zoom - 1e-9) return zoomSteps[i];
  return zoomSteps[0];
}

/** The zoom action for a key press with Ctrl/Cmd, if any. */
export function zoomKey(event: KeyboardEvent): 'in' | 'out' | 'reset' | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined;
  switch (event.key) {
    case '+':
    case '=':
      return 'in';
    case '-':
    case '_':
      return 'out';
    case '0':
      return 'reset';
    default:
      return undefined;
  }
}
