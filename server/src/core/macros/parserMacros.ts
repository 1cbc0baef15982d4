/**
 * The document's macros in the form the LaTeX-math parser takes (core/latex/macros.ts): simple
 * replacement macros with #1…#9 parameters from `\newcommand`, `\def`, `\let` and the
 * `mathlens.macros` setting, and `\DeclareMathOperator` names. Macros with optional arguments,
 * delimited parameters or xparse specifications are left out: the parser then reports them as
 * unknown commands rather than read them wrongly.
 */
import type { ParserMacro } from '../latex';
import type { MathContext } from './mathContext';

export interface ParserDefinitions {
  macros: ReadonlyMap<string, ParserMacro>;
  /** Operator names without the backslash. */
  operators: ReadonlySet<string>;
  /**
   * Every command the document defines, expandable or not (without the backslash): one it defines
   * in a way the parser cannot expand is unknown, never an undefined macro read as a name.
   */
  defined: ReadonlySet<string>;
}

function arityOf(body: string): number {
  let arity = 0;
  for (const match of body.matchAll(/#([1-9])/g)) arity = Math.max(arity, Number(match[1]));
  return arity;
}

export function parserDefinitions(
  context: Pick<MathContext, 'commands' | 'settings'>,
): ParserDefinitions {
  const macros = new Map<string, ParserMacro>();
  const operators = new Set<string>();
  for (const [name, body] of Object.entries(context.settings.macros))
    macros.set(name, { body, arity: arityOf(body) });
  for (const [name, { definition }] of context.commands) {
    switch (definition.style) {
      case 'newcommand':
        if (definition.optionalDefault === undefined)
          macros.set(name, { body: definition.body, arity: definition.arity });
        break;
      case 'def':
        if (/^(#[1-9])*$/.test(definition.parameterText ?? ''))
          macros.set(name, { body: definition.body, arity: definition.arity });
        break;
      case 'let':
        macros.set(name, { body: definition.body, arity: 0 });
        break;
      case 'operator':
        macros.delete(name);
        operators.add(name.replace(/^\\/, ''));
        break;
      default:
        // Paired delimiters, xparse commands, opaque names: not expanded (see above).
        macros.delete(name);
    }
  }
  const defined = new Set([...context.commands.keys()].map((name) => name.replace(/^\\/, '')));
  return { macros, operators, defined };
}
