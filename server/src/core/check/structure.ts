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

type Frame =
  | { kind: 'brace'; token: MathToken }
  | { kind: 'environment'; name: string; token: MathToken }
  | { kind: 'left'; token: MathToken }
  | { kind: 'shift'; token: MathToken };

/**
 * Braces, \left…\right and \begin…\end must pair up within a formula. Reports each unpaired one
 * at its own range, recovering so that one mistake yields one finding.
 */
export function checkStructure(tokens: readonly MathToken[], text: string): Finding[] {
  const findings: Finding[] = [];
  const stack: Frame[] = [];
  const quote = (token: MathToken) => text.slice(token.start, token.end);

  const reportUnclosed = (frame: Frame, before?: MathToken) => {
    const where = before ? ` before ${quote(before)}` : '';
    if (frame.kind === 'brace') {
      findings.push({
        code: 'latex.unbalanced-brace',
        start: frame.token.start,
        end: frame.token.end,
        message: `This { is never closed${where}.`,
      });
    } else if (frame.kind === 'shift') {
      findings.push({
        code: 'latex.unterminated-math',
        start: frame.token.start,
        end: frame.token.end,
        message: `This ${quote(frame.token)} opens math inside text that is never closed${where}.`,
      });
    } else if (frame.kind === 'left') {
      findings.push({
        code: 'latex.unbalanced-delimiter',
        start: frame.token.start,
        end: frame.token.end,
        message: `${quote(frame.token)} has no matching \\right${where}.`,
      });
    } else {
      findings.push({
        code: 'latex.unbalanced-environment',
        start: frame.token.start,
        end: frame.token.end,
        message: `\\begin{${frame.name}} has no matching \\end{${frame.name}}${where}.`,
      });
    }
  };

  for (const token of tokens) {
    switch (token.kind) {
      case 'open':
        stack.push({ kind: 'brace', token });
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
        stack.push({ kind: 'environment', name: token.name, token });
        break;
      case 'shift': {
        if (token.mode === 'text') {
          stack.push({ kind: 'shift', token });
          break;
        }
        // The $ that closes math inside text closes everything opened since.
        const index = lastIndexOf(stack, (frame) => frame.kind === 'shift');
        if (index < 0) break;
        for (let i = stack.length - 1; i > index; i--) reportUnclosed(stack[i], token);
        stack.length = index;
        break;
      }
      case 'left':
        braceAsDelimiter(token, text, findings);
        stack.push({ kind: 'left', token });
        break;
      case 'close': {
        const index = lastIndexOf(stack, (frame) => frame.kind === 'brace');
        if (index < 0) {
          findings.push({
            code: 'latex.unbalanced-brace',
            start: token.start,
            end: token.end,
            message: 'This } has no matching {.',
          });
          break;
        }
        for (let i = stack.length - 1; i > index; i--) reportUnclosed(stack[i], token);
        stack.length = index;
        break;
      }
      case 'end': {
        const index = lastIndexOf(
          stack,
          (frame) => frame.kind === 'environment' && frame.name === token.name,
        );
        if (index < 0) {
          const openIndex = lastIndexOf(stack, (frame) => frame.kind === 'environment');
          const open = stack[openIndex];
          findings.push({
            code: 'latex.unbalanced-environment',
            start: token.start,
            end: token.end,
            message:
              open?.kind === 'environment'
                ? `\\end{${token.name}} does not match \\begin{${open.name}}.`
                : `\\end{${token.name}} has no matching \\begin{${token.name}}.`,
          });
          // Recover as if it closed the innermost environment: one mistake, one finding.
          if (openIndex >= 0) {
            for (let i = stack.length - 1; i > openIndex; i--) reportUnclosed(stack[i], token);
            stack.length = openIndex;
          }
          break;
        }
        for (let i = stack.length - 1; i > index; i--) reportUnclosed(stack[i], token);
        stack.length = index;
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
            lastIndexOf(stack, (frame) => frame.kind === 'left') >= 0
              ? `${quote(token)} must be in the same group as its \\left.`
              : `${quote(token)} has no matching \\left.`,
        });
        break;
      }
    }
  }
  for (let i = stack.length - 1; i >= 0; i--) reportUnclosed(stack[i]);
  return findings.sort((a, b) => a.start - b.start);
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
