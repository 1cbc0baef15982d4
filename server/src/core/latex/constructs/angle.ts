/**
 * Geometry angles: `\angle ABC` → Angle(A, B, C), `\angle A` → Angle(A), `\angle 1` → Angle(1);
 * the measure `m\angle ABC` (the textbook way to write it) and `\measuredangle ABC` →
 * AngleMeasure(A, B, C); the triangle `\triangle ABC` → Triangle(A, B, C). The vertices are the
 * capital letters (or the one number) that follow.
 */
import type { Construct, Parser } from '../parser';
import { numberNode, symbolNode, type MathNode } from '../mathjsNodes';
import type { Token } from '../tokenize';

/** `m \angle` where the `m` stands alone (not the end of a word or a product) → `\measuredangle`. */
export function measuredAngles(tokens: Token[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [m, angle] = [tokens[i], tokens[i + 1]];
    const before = tokens[i - 1];
    const alone =
      before === undefined ||
      (before.kind === 'punct' && ['+', '-', '=', '(', ','].includes(before.value)) ||
      (before.kind === 'command' && before.value === 'left');
    const measure = m.kind === 'letter' && m.value === 'm';
    if (measure && angle.kind === 'command' && angle.value === 'angle' && alone) {
      tokens.splice(i, 2, {
        kind: 'command',
        value: 'measuredangle',
        start: m.start,
        end: angle.end,
      });
    }
  }
}

function isVertex(token: Token): boolean {
  return token.kind === 'letter' && /^[A-Z]$/.test(token.value);
}

/** `\triangle ABC` → Triangle(A, B, C): exactly three vertices (else \triangle is no triangle). */
function triangle(p: Parser, token: Token): MathNode {
  p.next();
  const vertices: MathNode[] = [];
  while (isVertex(p.peek()) && vertices.length < 3) {
    const vertex = p.next();
    vertices.push(p.mark(symbolNode(vertex.value), vertex.start, vertex.end));
  }
  if (vertices.length !== 3 || isVertex(p.peek())) p.fail('geometry', token.start, p.lastEnd());
  return p.apply('Triangle', vertices, token.start, p.lastEnd());
}

export const angleConstruct: Construct = {
  commands: ['angle', 'measuredangle', 'triangle'],
  parse(p: Parser, token: Token): MathNode {
    if (token.value === 'triangle') return triangle(p, token);
    p.next();
    const vertices: MathNode[] = [];
    if (p.is('number')) {
      const number = p.next();
      vertices.push(p.mark(numberNode(Number(number.value)), number.start, number.end));
    } else
      while (isVertex(p.peek()) && vertices.length < 3) {
        const vertex = p.next();
        vertices.push(p.mark(symbolNode(vertex.value), vertex.start, vertex.end));
      }
    if (vertices.length === 0) p.fail('angle without vertices', token.start, token.end);
    if (isVertex(p.peek()))
      p.fail('angle with more than three vertices', token.start, p.peek().end);
    const name = token.value === 'angle' ? 'Angle' : 'AngleMeasure';
    return p.apply(name, vertices, token.start, p.lastEnd());
  },
};
