/** Puts a formula into the page: the server's KaTeX HTML as is, everything else as text. */
import type { ShownFormula, ShownStep } from '../src/preview/messages';

const MARKS: Record<ShownStep['status'], [string, string]> = {
  verified: ['✓', 'verified'],
  refuted: ['✗', 'refuted'],
  unknown: ['?', 'not checked'],
};

/** The checked steps as a list: a mark, the step as written, and why (text only). */
function stepList(steps: readonly ShownStep[]): HTMLElement {
  const list = element('ol', 'steps');
  list.setAttribute('aria-label', 'Derivation steps');
  for (const step of steps) {
    const [mark, label] = MARKS[step.status];
    const item = element('li', `step step-${step.status}`);
    const icon = element('span', 'step-mark', mark);
    icon.setAttribute('aria-label', label);
    item.append(icon, element('code', 'step-latex', step.latex));
    item.append(element('span', 'step-reason', `line ${step.line + 1}: ${step.reason}`));
    list.append(item);
  }
  return list;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function renderFormula(container: HTMLElement, formula: ShownFormula): void {
  container.replaceChildren();
  container.classList.remove('empty');
  container.classList.toggle('display', formula.display);
  if (formula.html !== undefined) {
    const math = element('div', formula.display ? 'math math-display' : 'math math-inline');
    // The server's KaTeX output (htmlAndMathml). The page's Content-Security-Policy keeps any
    // script in it from running.
    math.innerHTML = formula.html;
    container.append(math);
  }
  if (formula.error !== undefined) {
    const box = element('div', 'error');
    box.setAttribute('role', 'alert');
    box.append(element('div', 'error-title', 'This formula does not render'));
    box.append(element('div', 'error-message', formula.error));
    box.append(element('pre', 'source', formula.latex));
    container.append(box);
  } else if (formula.html === undefined) {
    container.append(element('pre', 'source', formula.latex));
  }
  if (formula.steps !== undefined && formula.steps.length > 0)
    container.append(stepList(formula.steps));
}

export function renderPlaceholder(container: HTMLElement): void {
  container.replaceChildren(
    element('p', 'placeholder', 'Move the cursor into a formula to see it here.'),
  );
  container.classList.add('empty');
}
