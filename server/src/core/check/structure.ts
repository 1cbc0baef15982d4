import type { Finding } from '../findings';
import type { MathToken } from './mathTokens';

type Frame =
  | { kind: 'brace'; token: MathToken }
  | { kind: 'environment'; name: string; token: MathToken }
  | { kind: 'left'; token: MathToken };

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
      findings.push({ code: 'latex.unbalanced-brace', start: frame.token.start, end: frame.token.end, message: `This { is never closed${where}.` });
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
        stack.push({ kind: 'environment', name: token.name, token });
        break;
      case 'left':
        stack.push({ kind: 'left', token });
        break;
      case 'close': {
        const index = lastIndexOf(stack, (frame) => frame.kind === 'brace');
        if (index < 0) {
          findings.push({ code: 'latex.unbalanced-brace', start: token.start, end: token.end, message: 'This } has no matching {.' });
          break;
        }
        for (let i = stack.length - 1; i > index; i--) reportUnclosed(stack[i], token);
        stack.length = index;
        break;
      }
      case 'end': {
        const index = lastIndexOf(stack, (frame) => frame.kind === 'environment' && frame.name === token.name);
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

function lastIndexOf<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i])) return i;
  return -1;
}
