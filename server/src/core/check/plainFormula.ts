import type { KatexMacros } from '../macros/katexMacros';
import type { MathContext } from '../macros/mathContext';
import { katexMathOperators, katexMathSymbols } from '../macros/packages';
import { isAsciiLetter, isHorizontalSpace, isNewline } from '../regions/texText';
import { commandStatus } from './commands';

/**
 * The checker's fast path: formulas whose every finding would be "none", decided without KaTeX.
 *
 * A formula qualifies when it holds only
 * - letters, digits, spaces and the punctuation KaTeX reads as plain symbols (+-=<>(),.;:!?/|*[]);
 * - argument-less symbol commands of KaTeX's math symbol table that no KaTeX function or macro
 *   shadows (\alpha, \to, \le, \infty, \ldots, \{) and argument-less operators (\sum, \sin, \lim),
 *   both listed in katex-commands.json by scripts/gen-katex-commands.mjs from KaTeX's registries,
 *   each only where the command means just that here: commandStatus says KaTeX's own, usable as
 *   the context stands (a name needing a package the document lacks is reported the slow way),
 *   and neither the document, the settings nor a \def delimiter claims it;
 * - balanced { } groups;
 * - scripts ^ _ and primes ' in the arrangements KaTeX's parseAtom accepts: every ^ or _ has an
 *   argument (a character, a symbol or a group; an operator only in braces, as KaTeX refuses
 *   x^\sum), one base takes at most one superscript and one subscript, primes are a superscript
 *   (x'^2 is one, x' ^2 and x^2' are two).
 * The full check finds nothing in such a formula: no command or structure findings by the
 * conditions above, and KaTeX accepts it (test/core/check/plainFormula.test.ts compares both on
 * generated formulas). Anything else, however harmless, goes the slow way.
 */
export function isPlainFormula(source: string, context: MathContext): boolean {
  const atoms = atomsOf(context);
  if (!atoms) return false;
  /** Per open group: whether it is a script's argument, and the scripts its base had then. */
  const groups: { argument: boolean; superscript: boolean; subscript: boolean }[] = [];
  // The scripts the current base has; whether a ^ or _ waits for its argument.
  let superscript = false;
  let subscript = false;
  let wantArgument = false;
  const end = source.length;
  for (let pos = 0; pos < end;) {
    const code = source.charCodeAt(pos);
    if (isHorizontalSpace(code) || isNewline(code)) {
      pos++;
      continue;
    }
    if (code === BACKSLASH) {
      let nameEnd = pos + 1;
      while (nameEnd < end && isAsciiLetter(source.charCodeAt(nameEnd))) nameEnd++;
      if (nameEnd === pos + 1) {
        // A control symbol (\{), never \ and a space: KaTeX lexes that with the spaces after it.
        const next = source.charCodeAt(nameEnd);
        if (nameEnd >= end || isHorizontalSpace(next) || isNewline(next)) return false;
        nameEnd++;
      }
      const atom = atomOf(source.slice(pos, nameEnd), atoms, context);
      if (atom === NOT_AN_ATOM || (wantArgument && atom === OPERATOR)) return false;
      if (wantArgument) wantArgument = false;
      else superscript = subscript = false;
      pos = nameEnd;
      continue;
    }
    if (code === OPEN_BRACE) {
      if (groups.length >= MAX_DEPTH) return false;
      groups.push({ argument: wantArgument, superscript, subscript });
      wantArgument = superscript = subscript = false;
      pos++;
      continue;
    }
    if (wantArgument) {
      // Only a character, a symbol or a group makes an argument; not } ^ _ ' or the end.
      if (!isPlainCharacter(code)) return false;
      wantArgument = false;
      pos++;
      continue;
    }
    if (code === CLOSE_BRACE) {
      const group = groups.pop();
      if (!group) return false;
      // A group that was a script's argument completes its base; any other one is a new base.
      superscript = group.argument && group.superscript;
      subscript = group.argument && group.subscript;
      pos++;
      continue;
    }
    if (code === CARET || code === UNDERSCORE) {
      if (code === CARET ? superscript : subscript) return false;
      if (code === CARET) superscript = true;
      else subscript = true;
      wantArgument = true;
      pos++;
      continue;
    }
    if (code === PRIME) {
      if (superscript) return false;
      superscript = true;
      while (source.charCodeAt(pos) === PRIME) pos++;
      // Primes take a ^ that follows at once into their superscript (x'^2), not after a space.
      if (source.charCodeAt(pos) === CARET) {
        wantArgument = true;
        pos++;
      }
      continue;
    }
    if (!isPlainCharacter(code)) return false;
    superscript = subscript = false;
    pos++;
  }
  return !wantArgument && groups.length === 0;
}

/** Deeper nesting goes the slow way: KaTeX parses groups recursively. */
const MAX_DEPTH = 32;

const BACKSLASH = 92; // \
const OPEN_BRACE = 123; // {
const CLOSE_BRACE = 125; // }
const CARET = 94; // ^
const UNDERSCORE = 95; // _
const PRIME = 39; // '

/** Letters, digits and +-=<>(),.;:!?/|*[] : what KaTeX reads as one plain symbol each. */
const plainCharacters = new Uint8Array(128);
for (const character of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-=<>(),.;:!?/|*[]')
  plainCharacters[character.charCodeAt(0)] = 1;

function isPlainCharacter(code: number): boolean {
  return code < 128 && plainCharacters[code] === 1;
}

const SYMBOL = 1;
const OPERATOR = 2;
const NOT_AN_ATOM = 0;
type Atom = typeof SYMBOL | typeof OPERATOR | typeof NOT_AN_ATOM;

/** Per context, what each symbol or operator met so far is to the fast path. */
const atomsByContext = new WeakMap<MathContext, Map<string, Atom>>();

/**
 * Per KaTeX macro table, whether it names control sequences only. One that named a character (an
 * active character: settings and the definition readers never make one today) would leave no
 * character surely itself, so the fast path is off there.
 */
const controlSequencesOnly = new WeakMap<KatexMacros, boolean>();

function atomsOf(context: MathContext): Map<string, Atom> | undefined {
  const { macros } = context.katex;
  let plain = controlSequencesOnly.get(macros);
  if (plain === undefined) {
    plain = Object.keys(macros).every((name) => name.startsWith('\\'));
    controlSequencesOnly.set(macros, plain);
  }
  if (!plain) return undefined;
  let atoms = atomsByContext.get(context);
  if (!atoms) {
    atoms = new Map();
    atomsByContext.set(context, atoms);
  }
  return atoms;
}

/** What KaTeX's tables make of each name, before any context: the only names worth a look. */
const atomKinds = new Map<string, Atom>([
  ...[...katexMathSymbols].map((name): [string, Atom] => [name, SYMBOL]),
  ...[...katexMathOperators].map((name): [string, Atom] => [name, OPERATOR]),
]);

function atomOf(name: string, atoms: Map<string, Atom>, context: MathContext): Atom {
  // Other names are no atoms anywhere and are not remembered: a document may hold any number.
  const kind = atomKinds.get(name);
  if (kind === undefined) return NOT_AN_ATOM;
  let atom = atoms.get(name);
  if (atom === undefined) {
    // KaTeX expands a macro of that name before it looks at its own tables (package stand-ins,
    // settings and document definitions all live in this one); commandStatus decides findings.
    atom =
      context.katex.macros[name] === undefined && commandStatus(name, context).kind === 'katex'
        ? kind
        : NOT_AN_ATOM;
    atoms.set(name, atom);
  }
  return atom;
}
