/**
 * Small symbol constructs: ellipses `\ldots`, `\cdots`, `\dots` → the symbol `Ellipsis` (in sums
 * `a_1 + \cdots + a_n` and lists `1, 2, \ldots, n`); angle brackets `\langle a, b\rangle` →
 * Inner(a, b), `\langle A\rangle` → AngleBrackets(A); kets `|\psi\rangle`, `\ket{\psi}` → Ket(ψ); old font switches `\bf a`, `\rm d`, `\cal A` on the identifier that follows.
 */
import type { Construct, Parser } from '../parser';
import { GREEK_SET } from '../names';
import { symbolNode, type MathNode } from '../mathjsNodes';
import type { Token } from '../tokenize';
import { parseIdentifierTail } from './scripts';

export const ellipsisConstruct: Construct = {
  commands: ['ldots', 'cdots', 'dots', 'dotsc', 'dotsb', 'dotsm', 'dotso', 'hdots'],
  parse(p: Parser, token: Token): MathNode {
    p.next();
    return p.mark(symbolNode('Ellipsis'), token.start, token.end);
  },
};

export const angleBracketConstruct: Construct = {
  commands: ['langle'],
  parse(p: Parser, token: Token): MathNode {
    p.next();
    const saved = p.absDepth;
    p.absDepth = 0;
    const items = [p.parseExpression()];
    while (p.is('punct', ',')) {
      p.next();
      items.push(p.parseExpression());
    }
    p.absDepth = saved;
    if (!p.isCommand('rangle')) p.fail('angle brackets', token.start, p.peek().end);
    p.next();
    // ⟨A⟩ is an expectation in physics, a generated subgroup in algebra: AngleBrackets(A).
    if (items.length === 1) return p.apply('AngleBrackets', items, token.start, p.lastEnd());
    if (items.length !== 2) p.fail('angle brackets', token.start, p.lastEnd());
    return p.apply('Inner', items, token.start, p.lastEnd());
  },
};

const FONT_SWITCHES: Readonly<Record<string, string>> = {
  bf: 'mathbf',
  rm: 'mathrm',
  cal: 'mathcal',
  it: 'mathit',
  sf: 'mathsf',
  tt: 'mathtt',
};

/** The number of letters from the switch to the `}` of a group it opens (`{\rm QC}`), else 0. */
function wordToGroupEnd(p: Parser, token: Token): number {
  if (p.previousOf(token)?.kind !== 'open') return 0;
  let k = 0;
  while (p.is('letter', undefined, k)) k++;
  return k > 1 && p.is('close', undefined, k) ? k : 0;
}

/**
 * `\bf a` is `\mathbf{a}`: the switch applies to the one letter or Greek name that follows, or to
 * the word that fills the rest of its group (`{\rm QC}` is `\mathrm{QC}`).
 */
export const fontSwitchConstruct: Construct = {
  commands: Object.keys(FONT_SWITCHES),
  parse(p: Parser, token: Token): MathNode {
    p.next();
    const word = wordToGroupEnd(p, token);
    if (word > 0) {
      let text = '';
      for (let i = 0; i < word; i++) text += p.next().value;
      return parseIdentifierTail(
        p,
        `\\${FONT_SWITCHES[token.value]}{${text}}`,
        token.start,
        p.lastEnd(),
      );
    }
    const target = p.peek();
    const isName =
      target.kind === 'letter' || (target.kind === 'command' && GREEK_SET.has(target.value));
    if (!isName || p.peek(1).kind === 'letter')
      p.fail(`\\${token.value} over an expression`, token.start, target.end);
    p.next();
    const alphabet = FONT_SWITCHES[token.value];
    const text = target.kind === 'command' ? `\\${target.value}` : target.value;
    const base =
      (alphabet === 'mathrm' || alphabet === 'mathit') && target.kind === 'letter'
        ? text
        : `\\${alphabet}{${text}}`;
    return parseIdentifierTail(p, base, token.start, target.end);
  },
};

/** `\emptyset`, `\varnothing`: the empty set, Set() (a finite set with no elements). */
export const emptySetConstruct: Construct = {
  commands: ['emptyset', 'varnothing'],
  parse(p: Parser, token: Token): MathNode {
    p.next();
    return p.apply('Set', [], token.start, token.end);
  },
};

/** Tokens that may follow the argument slot `\cdot`: the end of an argument or a bar. */
function closesSlot(p: Parser): boolean {
  const t = p.peek();
  if (t.kind === 'punct') return [',', ')', ']', '|'].includes(t.value);
  return (
    t.kind === 'command' &&
    ['right', 'rangle', '|', 'rVert', 'rvert', 'mid', 'vert'].includes(t.value)
  );
}

/**
 * `u(t, \cdot)`, `|\cdot|`, `\langle \cdot, \cdot \rangle`: `\cdot` alone in an argument is the
 * slot of the function it names, the symbol `Placeholder`. Anywhere else `\cdot` multiplies.
 */
export const placeholderConstruct: Construct = {
  commands: ['cdot'],
  startsOperand: () => false,
  parse(p: Parser, token: Token): MathNode {
    p.next();
    if (!closesSlot(p)) p.failAt(token, 'operator without a left operand');
    return p.mark(symbolNode('Placeholder'), token.start, token.end);
  },
};

/** `\ket{\psi}` (braket package and physics macros): Ket(ψ). */
export const ketConstruct: Construct = {
  commands: ['ket'],
  parse(p: Parser, token: Token): MathNode {
    p.next();
    if (!p.is('open')) p.fail('\\ket without a braced argument', token.start, token.end);
    const inner = p.parseBraceGroup();
    return p.apply('Ket', [inner], token.start, p.lastEnd());
  },
};

/** `0.53~\AA`: the ångström, a unit named by its command (a symbol, as a letter for a unit is). */
export const angstromConstruct: Construct = {
  commands: ['AA'],
  parse(p: Parser, token: Token): MathNode {
    p.next();
    return parseIdentifierTail(p, '\\AA', token.start, token.end);
  },
};
