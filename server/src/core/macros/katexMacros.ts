import { katexParse } from '../render/katexApi';
import type { MacroDefinition } from '../regions/types';
import type { SourcedDefinition } from '../project/projectIndex';
import { allPackageCommands, packagesDefiningCommand, type PackageCommand } from './packages';
import { conditionalMacros } from './texConditionals';
import { hashString } from '../text/hash';
import {
  freshCopy,
  handOut,
  lexedBuiltins,
  lexTemplate,
  parameters,
  parseDefinitions,
  type LexedExpansion,
  type MacroResult,
} from './lexedExpansions';

/** KaTeX's macro table: strings, token expansions or functions, by control sequence. */
export type KatexMacros = Record<string, unknown>;

export interface DefinitionProblem {
  uri: string;
  definition: MacroDefinition;
  message: string;
}

export interface KatexMacroSet {
  macros: KatexMacros;
  /**
   * Macros whose expansion may define others globally (\gdef in a body, directly or through other
   * macros): a formula using one needs its own copy of the table, since KaTeX writes into it.
   */
  mutating: ReadonlySet<string>;
  problems: DefinitionProblem[];
  /** For each document macro: TeX defining a stand-in that takes the same arguments and expands to {}. */
  opaque: Map<string, string>;
  /**
   * The macros with the named document macros (all of them when `names` is omitted) replaced by
   * their opaque stand-ins: to tell an error in a formula from an error in a macro's expansion.
   */
  withOpaque(names?: readonly string[]): KatexMacros;
}

/** The slice of KaTeX's macro-expansion interface a stand-in needs. */
interface MacroContext {
  future(): { text: string };
  popToken(): { text: string };
  consumeSpaces(): void;
  consumeArg(delimiters?: string[]): { tokens: { text: string }[] };
}

/** What stands in for something KaTeX cannot show; valid in math and in text. */
export const PLACEHOLDER = '\\TextOrMath{?}{\\mathord{\\square}}';

/** Characters a label or citation key may hold that KaTeX's text mode would misread. */
const keyEscapes: Record<string, string> = {
  _: '\\_',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
  '\\': '\\textbackslash{}',
};

function keyText(tokens: readonly { text: string }[]): string {
  let text = '';
  for (let i = tokens.length - 1; i >= 0; i--) {
    text += tokens[i].text.replace(/[_&%$#^~\\]/g, (char) => keyEscapes[char]).replace(/[{}]/g, '');
  }
  return text;
}

/**
 * A KaTeX macro for a command KaTeX lacks, from its signature: s (star), o ([optional]), t<c>
 * (optional token), u (tokens up to the next brace group, as xy-pic's @-options), k (a label or
 * citation key, shown verbatim), m (mandatory). The macro consumes everything before the first
 * m itself; KaTeX then substitutes the mandatory arguments into `replacement`, which numbers k and
 * m arguments together as #1, #2… .
 */
export function standIn(
  signature: string,
  replacement: string,
): (context: MacroContext) => MacroResult {
  const leading: string[] = [];
  let i = 0;
  for (; i < signature.length && signature[i] !== 'm'; i++) {
    leading.push(signature[i] === 't' ? `t${signature[++i] ?? ''}` : signature[i]);
  }
  const keyCount = leading.filter((letter) => letter === 'k').length;
  const mandatory = [...signature.slice(i)].filter(
    (letter) => letter === 'm' || letter === 'k',
  ).length;
  // The template numbers keys first, then mandatory arguments; KaTeX substitutes the latter.
  let template = replacement;
  for (let n = keyCount + 1; n <= keyCount + mandatory; n++) {
    if (!template.includes(`#${n}`)) template += `\\mathlens@gobble{#${n}}`;
  }
  const usesKeys = Array.from({ length: keyCount }, (_, n) => template.includes(`#${n + 1}`)).some(
    Boolean,
  );
  const renumbered = template.replace(
    /#([1-9])/g,
    (_, digit: string) => `#${Number(digit) - keyCount}`,
  );
  let lexed: MacroResult | undefined;
  return (context) => {
    const keys: string[] = [];
    for (const letter of leading) {
      context.consumeSpaces();
      const next = context.future().text;
      if (letter === 's' && next === '*') context.popToken();
      else if (letter === 'o' && next === '[') {
        context.popToken();
        context.consumeArg([']']);
      } else if (letter === 'k') keys.push(keyText(context.consumeArg().tokens));
      else if (letter === 'u') {
        for (let guard = 0; guard < 200 && !['{', 'EOF'].includes(context.future().text); guard++)
          context.popToken();
      } else if (letter.startsWith('t') && next === letter.slice(1)) context.popToken();
    }
    if (usesKeys) {
      return template.replace(/#([1-9])/g, (_, digit: string) => {
        const n = Number(digit);
        return n <= keys.length ? keys[n - 1] : `#${n - keys.length}`;
      });
    }
    // The same expansion every time: lexed once (KaTeX re-lexes strings at every use).
    lexed ??= lexTemplate(renumbered, mandatory) ?? renumbered;
    return typeof lexed === 'string' ? lexed : freshCopy(lexed);
  };
}

function packageReplacement(command: PackageCommand): string {
  if (command.katex !== undefined) return command.katex;
  return command.kind === 'ignored' ? '' : PLACEHOLDER;
}

/** TeX conditionals and stand-ins for every package command in the data, built once. */
const packageStandIns: KatexMacros = (() => {
  const macros: KatexMacros = {
    ...lexedBuiltins,
    '\\mathlens@gobble': { tokens: [], numArgs: 1 },
    // KaTeX writes these to the console: stdout in the CLI (breaking its JSON) and the server.
    '\\message': '\\mathlens@gobble',
    '\\errmessage': '\\mathlens@gobble',
    '\\show': '\\mathlens@gobble',
    ...conditionalMacros,
  };
  for (const name of allPackageCommands()) {
    const [first] = packagesDefiningCommand(name);
    macros[name] = standIn(first.command.args, packageReplacement(first.command));
  }
  return macros;
})();

/**
 * TeX drops a comment with its end of line and the next line's leading spaces; KaTeX keeps the
 * spaces, which breaks macros laid out over lines (\mathchoice{…}%⏎  {…}).
 */
export function stripComments(tex: string): string {
  return tex.replace(/(^|[^\\])%[^\n]*(?:\r?\n[ \t]*|$)/g, '$1');
}

/** A name for a helper macro: KaTeX reads only letters and @ in control words, no digits. */
function helperName(stem: string, macro: string): string {
  // Derived from the macro's own name, so a definition compiles the same in every project.
  const letters = hashString(macro).replace(/[0-9a-f]/g, (digit) =>
    String.fromCharCode(97 + parseInt(digit, 16)),
  );
  return `\\mathlens@${stem}@${letters}`;
}

/** TeX (run through KaTeX's own \gdef) that gives KaTeX a document definition. */
function definitionSource(definition: MacroDefinition): string | undefined {
  const { name } = definition;
  const body = stripComments(definition.body);
  switch (definition.style) {
    case 'newcommand':
      if (definition.optionalDefault !== undefined && definition.arity > 0) {
        const inner = helperName('opt', name);
        return (
          `\\gdef${name}{\\@ifnextchar[{${inner}}{${inner}[${stripComments(definition.optionalDefault)}]}}` +
          `\\gdef${inner}[#1]${parameters(2, definition.arity)}{${body}}`
        );
      }
      return `\\gdef${name}${parameters(1, definition.arity)}{${body}}`;
    case 'def':
      return `\\gdef${name}${stripComments(definition.parameterText ?? '')}{${body}}`;
    case 'let':
      return `\\global\\let${name}${body}`;
    case 'operator':
      return `\\gdef${name}{\\operatorname${definition.starred ? '*' : ''}{${body}}}`;
    case 'paired-delimiter': {
      // \abs{x}, \abs*{x} (growing with \left…\right) and \abs[\big]{x}; mathtools's \delimsize
      // in an X body stands for \middle, the size, or nothing in the three forms.
      const open = definition.parameterText ?? '.';
      const close = definition.closing ?? '.';
      const stem = helperName('pd', name);
      const count = Math.max(definition.arity, 1);
      const sized = shiftParameters(body, 1).replace(/\\delimsize(?![a-zA-Z@])/g, '#1');
      return (
        `\\gdef${name}{\\@ifstar{${stem}s}{\\@ifnextchar[{${stem}o}{${stem}p}}}` +
        `\\gdef${stem}s${parameters(1, count)}{\\left${open}${body.replace(/\\delimsize(?![a-zA-Z@])/g, '\\middle')}\\right${close}}` +
        `\\gdef${stem}o[#1]${parameters(2, count + 1)}{\\mathopen{#1${open}}${sized}\\mathclose{#1${close}}}` +
        `\\gdef${stem}p${parameters(1, count)}{\\mathopen{${open}}${body.replace(/\\delimsize(?![a-zA-Z@])/g, '')}\\mathclose{${close}}}`
      );
    }
    case 'document-command':
      return undefined; // given as a function macro, see below
    case 'opaque':
      return `\\gdef${name}${parameters(1, definition.arity)}{${definition.arity === 1 ? '#1' : PLACEHOLDER}}`;
    case 'environment':
      return undefined;
  }
}

function shiftParameters(body: string, by: number): string {
  return body.replace(/#([1-9])/g, (_, digit: string) => `#${Number(digit) + by}`);
}

/** TeX for a stand-in with the same parameters whose expansion is {}. */
function opaqueSource(definition: MacroDefinition): string | undefined {
  const { name } = definition;
  switch (definition.style) {
    case 'newcommand':
      if (definition.optionalDefault !== undefined && definition.arity > 0) {
        const inner = helperName('opq', name);
        return `\\gdef${name}{\\@ifnextchar[{${inner}}{${inner}[]}}\\gdef${inner}[#1]${parameters(2, definition.arity)}{{}}`;
      }
      return `\\gdef${name}${parameters(1, definition.arity)}{{}}`;
    case 'def':
      return `\\gdef${name}${stripComments(definition.parameterText ?? '')}{{}}`;
    case 'document-command':
    case 'opaque':
    case 'paired-delimiter':
      return `\\gdef${name}${parameters(1, definition.arity)}{{}}`;
    case 'let':
    case 'operator':
      return `\\gdef${name}{{}}`;
    case 'environment':
      return undefined;
  }
}

/** KaTeX tokens (in its stack order: last first) as source text, control words kept apart. */
function tokensText(tokens: readonly { text: string }[]): string {
  let text = '';
  for (let i = tokens.length - 1; i >= 0; i--) {
    const piece = tokens[i].text;
    if (/\\[a-zA-Z@]+$/.test(text) && /^[a-zA-Z@]/.test(piece)) text += ' ';
    text += piece;
  }
  return text;
}

interface SpecArgument {
  type: 'm' | 'o' | 's' | 't';
  /** For o: the default when absent (O{…}); for t: the token; for d-type: the delimiters. */
  fallback?: string;
  token?: string;
  open?: string;
  close?: string;
}

/** An xparse argument specification such as "s O{2} m d()" as a list of arguments. */
function parseSpec(spec: string): SpecArgument[] {
  const result: SpecArgument[] = [];
  const braced = (from: number): { value: string; end: number } => {
    let depth = 0;
    for (let i = from; i < spec.length; i++) {
      if (spec[i] === '{') depth++;
      else if (spec[i] === '}' && --depth === 0) return { value: spec.slice(from + 1, i), end: i };
    }
    return { value: '', end: spec.length };
  };
  for (let i = 0; i < spec.length; i++) {
    const letter = spec[i];
    if (letter === 'm' || letter === 'r' || letter === 'R') result.push({ type: 'm' });
    else if (letter === 's') result.push({ type: 's' });
    else if (letter === 't') result.push({ type: 't', token: spec[++i] });
    else if (letter === 'o') result.push({ type: 'o', open: '[', close: ']' });
    else if (letter === 'O') {
      const { value, end } = braced(i + 1);
      result.push({ type: 'o', open: '[', close: ']', fallback: value });
      i = end;
    } else if (letter === 'd') {
      result.push({ type: 'o', open: spec[i + 1], close: spec[i + 2] });
      i += 2;
    } else if (letter === 'D') {
      const { value, end } = braced(i + 3);
      result.push({ type: 'o', open: spec[i + 1], close: spec[i + 2], fallback: value });
      i = end;
    }
  }
  return result.slice(0, 9);
}

/** What xparse passes for an absent optional argument and for a star (tested by \IfNoValueTF…). */
const NO_VALUE = '-NoValue-';
const BOOLEAN_TRUE = '\\BooleanTrue';
const BOOLEAN_FALSE = '\\BooleanFalse';

/**
 * \NewDocumentCommand and friends: read every argument as the specification says (stars, optional
 * arguments with their defaults, mandatory ones) and substitute them into the body, as xparse
 * does, with -NoValue- and \BooleanTrue/\BooleanFalse for \IfNoValueTF and \IfBooleanTF.
 */
function documentCommandMacro(definition: MacroDefinition): (context: MacroContext) => string {
  const spec = parseSpec(definition.parameterText ?? '');
  const body = stripComments(definition.body);
  return (context) => {
    const values: string[] = [];
    for (const argument of spec) {
      if (argument.type !== 'm') context.consumeSpaces();
      const next = context.future().text;
      if (argument.type === 's' || argument.type === 't') {
        const present = next === (argument.type === 's' ? '*' : argument.token);
        if (present) context.popToken();
        values.push(present ? BOOLEAN_TRUE : BOOLEAN_FALSE);
      } else if (argument.type === 'o') {
        if (next === argument.open) {
          context.popToken();
          values.push(tokensText(context.consumeArg([argument.close ?? ']']).tokens));
        } else values.push(argument.fallback ?? NO_VALUE);
      } else {
        values.push(tokensText(context.consumeArg().tokens));
      }
    }
    return body.replace(/#([1-9])/g, (_, digit: string) => values[Number(digit) - 1] ?? '');
  };
}

const definesGlobally = /\\(?:gdef|xdef|global)(?![a-zA-Z@])/;

/**
 * KaTeX macros for a document: stand-ins for package commands, then the user's settings, then the
 * document's definitions in order (later ones win, as in LaTeX). Definitions KaTeX cannot take
 * are reported, not fatal.
 */
export function buildKatexMacros(
  definitions: readonly SourcedDefinition[],
  settings: Readonly<Record<string, string>>,
): KatexMacroSet {
  const macros: KatexMacros = { ...packageStandIns };
  for (const [name, expansion] of Object.entries(settings)) {
    if (/^\\([a-zA-Z@]+|.)$/.test(name) && typeof expansion === 'string') macros[name] = expansion;
  }
  const problems: DefinitionProblem[] = [];
  const opaque = new Map<string, string>();
  const bodies = new Map<string, string>(Object.entries(settings));
  for (const { uri, definition } of definitions) {
    if (definition.style === 'environment') continue;
    if (
      definition.mode === 'provide' &&
      (macros[definition.name] !== undefined || isKatexBuiltin(definition.name))
    )
      continue;
    bodies.set(definition.name, definition.body);
    const opaqueTex = opaqueSource(definition);
    if (opaqueTex) opaque.set(definition.name, opaqueTex);
    if (definition.style === 'document-command') {
      macros[definition.name] = documentCommandMacro(definition);
      continue;
    }
    const source = definitionSource(definition);
    const problem = source === undefined ? undefined : defineInto(macros, source);
    if (problem) problems.push({ uri, definition, message: problem });
  }
  const opaqueCopies = new Map<string, KatexMacros>();
  const withOpaque = (names?: readonly string[]): KatexMacros => {
    const key = names ? names.join('\u0000') : '\u0001all';
    let copy = opaqueCopies.get(key);
    if (!copy) {
      copy = withOpaqueStandIns(
        macros,
        names ? names.map((name) => opaque.get(name) ?? '') : opaque.values(),
      );
      if (opaqueCopies.size >= 64) opaqueCopies.delete(opaqueCopies.keys().next().value!);
      opaqueCopies.set(key, copy);
    }
    return copy;
  };
  return { macros, mutating: mutatingMacros(bodies), problems, opaque, withOpaque };
}

/** The macros whose bodies define globally, and every macro whose body uses one of those. */
function mutatingMacros(bodies: ReadonlyMap<string, string>): Set<string> {
  const mutating = new Set<string>();
  for (const [name, body] of bodies) if (definesGlobally.test(body)) mutating.add(name);
  for (let grew = mutating.size > 0; grew;) {
    grew = false;
    for (const [name, body] of bodies) {
      if (mutating.has(name)) continue;
      for (const used of body.match(/\\[a-zA-Z@]+/g) ?? []) {
        if (mutating.has(used)) {
          mutating.add(name);
          grew = true;
          break;
        }
      }
    }
  }
  return mutating;
}

/** Runs stand-in definitions (from `opaque`) into a copy of `macros`. */
function withOpaqueStandIns(macros: KatexMacros, sources: Iterable<string>): KatexMacros {
  const copy: KatexMacros = { ...macros };
  // A stand-in that KaTeX refuses leaves the original in place.
  for (const source of sources) defineInto(copy, source);
  return copy;
}

/**
 * A compiled definition as the table keeps it: one lexed once is shared by every formula of
 * every project, so KaTeX gets fresh copies of its tokens (it marks and renames tokens it reads).
 */
function handedOutEntry([name, value]: [string, unknown]): [string, unknown] {
  const expansion = value as Partial<LexedExpansion> & { unexpandable?: boolean };
  return Array.isArray(expansion?.tokens) && !expansion.unexpandable
    ? [name, handOut(expansion as LexedExpansion)]
    : [name, value];
}

const compiled = new Map<string, { entries: [string, unknown][] } | { error: string }>();
const COMPILED_LIMIT = 50_000;

/**
 * Runs definitions (TeX source of \gdef's) into a macro table; returns KaTeX's complaint, if any.
 * A \gdef stores tokens without expanding anything, so its result depends on its text alone and is
 * compiled once for every project that shares it; \let copies a current meaning and always runs.
 */
function defineInto(macros: KatexMacros, source: string): string | undefined {
  if (source.includes('\\let')) return parseDefinitions(macros, source);
  let result = compiled.get(source);
  if (!result) {
    const fresh: KatexMacros = {};
    const error = parseDefinitions(fresh, source);
    result =
      error === undefined ? { entries: Object.entries(fresh).map(handedOutEntry) } : { error };
    if (compiled.size >= COMPILED_LIMIT) compiled.clear();
    compiled.set(source, result);
  }
  if ('error' in result) return result.error;
  for (const [name, value] of result.entries) macros[name] = value;
  return undefined;
}

const builtinCache = new Map<string, boolean>();

/** Whether KaTeX itself defines a control sequence (as a function, symbol or macro). */
export function isKatexBuiltin(name: string): boolean {
  let known = builtinCache.get(name);
  if (known === undefined) {
    try {
      katexParse(`${name}{x}{x}{x}`, { throwOnError: true, strict: 'ignore' });
      known = true;
    } catch (error) {
      known = !(error instanceof Error && error.message.includes('Undefined control sequence'));
    }
    builtinCache.set(name, known);
  }
  return known;
}
