import type { Finding } from '../findings';
import { mathEnvironments } from '../regions/latexVocabulary';
import type { MathToken } from './mathTokens';

/** What to write instead of a display environment inside math. */
const innerEquivalents: Record<string, string> = {
  align: 'aligned',
  'align*': 'aligned',
  gather: 'gathered',
  'gather*': 'gathered',
  alignat: 'alignedat',
  'alignat*': 'alignedat',
  multline: 'multlined',
  'multline*': 'multlined',
};

/**
 * Braces, \left…\right and \begin…\end must pair up within a formula. Reports each unpaired one
 * at its own range, recovering so that one mistake yields one finding. The stack holds the
 * opening tokens themselves ({, \begin, \left, a $ inside text), not an object made per brace.
 */
export function checkStructure(tokens: readonly MathToken[], text: string): Finding[] {
  const findings: Finding[] = [];
  const stack: MathToken[] = [];

  for (const token of tokens) {
    switch (token.kind) {
      case 'open':
        stack.push(token);
        break;
      case 'begin':
        // A display environment opens math by itself; inside a formula (anywhere but at the very
        // start of an environment's own span) LaTeX rejects it, though KaTeX lets it pass.
        if (token.start > 0 && mathEnvironments.has(token.name) && token.name !== 'math') {
          const instead = innerEquivalents[token.name];
          findings.push({
            code: 'latex.misplaced-environment',
            start: token.start,
            end: token.end,
            message: `${token.name} cannot be used inside math${instead ? `; use ${instead}` : ''}.`,
          });
        }
        stack.push(token);
        break;
      case 'shift': {
        if (token.mode === 'text') {
          stack.push(token);
          break;
        }
        // The $ that closes math inside text closes everything opened since.
        const index = lastIndexOf(stack, isShift);
        if (index < 0) break;
        closeAbove(stack, index, token, text, findings);
        break;
      }
      case 'left':
        braceAsDelimiter(token, text, findings);
        stack.push(token);
        break;
      case 'close': {
        const index = lastIndexOf(stack, isBrace);
        if (index < 0) {
          findings.push({
            code: 'latex.unbalanced-brace',
            start: token.start,
            end: token.end,
            message: 'This } has no matching {.',
          });
          break;
        }
        closeAbove(stack, index, token, text, findings);
        break;
      }
      case 'end': {
        const index = lastEnvironment(stack, token.name);
        if (index < 0) {
          const openIndex = lastEnvironment(stack);
          const open = stack[openIndex];
          findings.push({
            code: 'latex.unbalanced-environment',
            start: token.start,
            end: token.end,
            message:
              open?.kind === 'begin'
                ? `\\end{${token.name}} does not match \\begin{${open.name}}.`
                : `\\end{${token.name}} has no matching \\begin{${token.name}}.`,
          });
          // Recover as if it closed the innermost environment: one mistake, one finding.
          if (openIndex >= 0) closeAbove(stack, openIndex, token, text, findings);
          break;
        }
        closeAbove(stack, index, token, text, findings);
        break;
      }
      case 'right':
      case 'middle': {
        braceAsDelimiter(token, text, findings);
        const top = stack[stack.length - 1];
        if (top?.kind === 'left') {
          if (token.kind === 'right') stack.pop();
          break;
        }
        findings.push({
          code: 'latex.unbalanced-delimiter',
          start: token.start,
          end: token.end,
          message:
            lastIndexOf(stack, isLeft) >= 0
              ? `${quote(text, token)} must be in the same group as its \\left.`
              : `${quote(text, token)} has no matching \\left.`,
        });
        break;
      }
    }
  }
  for (let i = stack.length - 1; i >= 0; i--) reportUnclosed(stack[i], text, findings);
  return findings.sort((a, b) => a.start - b.start);
}

function quote(text: string, token: MathToken): string {
  return text.slice(token.start, token.end);
}

/** Reports what stays open above stack[index] when `closer` closes it, and drops it all. */
function closeAbove(
  stack: MathToken[],
  index: number,
  closer: MathToken,
  text: string,
  findings: Finding[],
): void {
  for (let i = stack.length - 1; i > index; i--) reportUnclosed(stack[i], text, findings, closer);
  stack.length = index;
}

function reportUnclosed(
  opener: MathToken,
  text: string,
  findings: Finding[],
  before?: MathToken,
): void {
  const where = before ? ` before ${quote(text, before)}` : '';
  if (opener.kind === 'open') {
    findings.push({
      code: 'latex.unbalanced-brace',
      start: opener.start,
      end: opener.end,
      message: `This { is never closed${where}.`,
    });
  } else if (opener.kind === 'shift') {
    findings.push({
      code: 'latex.unterminated-math',
      start: opener.start,
      end: opener.end,
      message: `This ${quote(text, opener)} opens math inside text that is never closed${where}.`,
    });
  } else if (opener.kind === 'left') {
    findings.push({
      code: 'latex.unbalanced-delimiter',
      start: opener.start,
      end: opener.end,
      message: `${quote(text, opener)} has no matching \\right${where}.`,
    });
  } else if (opener.kind === 'begin') {
    findings.push({
      code: 'latex.unbalanced-environment',
      start: opener.start,
      end: opener.end,
      message: `\\begin{${opener.name}} has no matching \\end{${opener.name}}${where}.`,
    });
  }
}

const isBrace = (token: MathToken) => token.kind === 'open';
const isShift = (token: MathToken) => token.kind === 'shift';
const isLeft = (token: MathToken) => token.kind === 'left';

/** The innermost open environment (of that name, when given), or -1. */
function lastEnvironment(stack: readonly MathToken[], name?: string): number {
  for (let i = stack.length - 1; i >= 0; i--) {
    const token = stack[i];
    if (token.kind === 'begin' && (name === undefined || token.name === name)) return i;
  }
  return -1;
}

/**
 * \left{ is a mistake for \left\{: TeX reads the brace as a group, not a delimiter. Reported at
 * the brace; the \left still pairs with its \right, so one slip makes one finding.
 */
function braceAsDelimiter(token: MathToken, text: string, findings: Finding[]): void {
  const command = `\\${token.kind}`;
  const delimiterStart = token.end - 1;
  const delimiter = text[delimiterStart];
  if (token.end - token.start <= command.length || (delimiter !== '{' && delimiter !== '}')) return;
  if (text[delimiterStart - 1] === '\\') return;
  findings.push({
    code: 'latex.parse-error',
    start: delimiterStart,
    end: token.end,
    message: `${command}${delimiter} is not a delimiter: write ${command}\\${delimiter} for a brace.`,
  });
}

function lastIndexOf<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i])) return i;
  return -1;
}
