/**
 * Named functions: `\sin x`, `\sin(x)`, `\sin^2 x` (= (sin x)²), `\sin^{-1} x` (= arcsin x),
 * `\log_2 n`, `\ln`, `\exp`, `\operatorname{…}` and `\DeclareMathOperator` names from the options.
 * Without parentheses the argument is the implicit product that follows (`\sin 2\pi x`), up to an
 * explicit space (`\sin x \, (1 - y)` is sin(x)·(1 − y)).
 */
import type { Construct, Parser } from '../parser';
import { INVERSE_FUNCTIONS, KNOWN_FUNCTIONS } from '../names';
import { operatorNode, type MathNode } from '../mathjsNodes';
import type { Token } from '../tokenize';
import { canonicalText } from './scripts';
import { ARG_EXTREMUM_NAMES, MIN_MAX_NAMES, parseBigOperator } from './bigOperators';

function isMinusOne(node: MathNode): boolean {
  if (node.type !== 'OperatorNode') return false;
  const op = node as MathNode & { fn: string; args: MathNode[] };
  const arg = op.args[0];
  return (
    op.fn === 'unaryMinus' &&
    arg.type === 'ConstantNode' &&
    (arg as MathNode & { value: unknown }).value === 1
  );
}

function operatorName(p: Parser): string {
  if (p.is('punct', '*')) p.next();
  const argument = p.takeArgumentTokens();
  const text = canonicalText(argument.tokens);
  if (text === '') p.fail('empty operator name', argument.start, argument.end);
  const sub = /^([A-Za-z]+)_\{?([A-Za-z0-9]+)\}?$/.exec(text);
  if (sub) return `${sub[1]}_${sub[2]}`;
  return KNOWN_FUNCTIONS[text] ?? text;
}

function namedFunctionAhead(p: Parser): boolean {
  const token = p.peek();
  if (token.kind !== 'command') return false;
  if (Object.hasOwn(MIN_MAX_NAMES, token.value) && p.is('sub', undefined, 1)) return false;
  return (
    Object.hasOwn(KNOWN_FUNCTIONS, token.value) ||
    token.value === 'operatorname' ||
    p.context.operators.has(token.value)
  );
}

/** Parses a function whose name is already known (after the command token). */
export function parseFunctionRest(
  p: Parser,
  command: string,
  name: string,
  start: number,
): MathNode {
  let power: MathNode | undefined;
  let base: MathNode | undefined;
  for (;;) {
    if (p.is('sup')) {
      if (power !== undefined) p.fail('double superscript');
      p.next();
      power = p.parseScriptArgument();
    } else if (p.is('sub') && name === 'log') {
      if (base !== undefined) p.fail(`subscript on \\${command}`);
      p.next();
      base = p.parseScriptArgument();
    } else if (p.is('sub') && !name.includes('_')) {
      // \exp_p (the exponential map at p), \deg_\Gamma, \operatorname{GSp}_4: a subscript names
      // another function, which is no longer the one without it.
      p.next();
      const label = canonicalText(p.takeArgumentTokens().tokens);
      if (label === '') p.fail('empty subscript', start, p.lastEnd());
      name = `${command}_${/^[A-Za-z0-9]+$/.test(label) ? label : `{${label}}`}`;
    } else if (p.is('sub')) p.fail(`subscript on \\${command}`);
    else break;
  }
  if (power !== undefined && isMinusOne(power)) {
    const inverse = INVERSE_FUNCTIONS[command];
    if (inverse === undefined) p.fail(`ambiguous ^{-1} on \\${command}`, start, p.lastEnd());
    name = inverse;
    power = undefined;
  }
  let args: MathNode[];
  if (p.parenAhead() || p.sympyGroupAhead()) args = p.parseArguments();
  else if (p.is('open')) args = [p.parseBraceGroup()];
  else if (p.startsOperand(p.peek()) && !p.startsFunction(p.peek()))
    args = [p.parseImplicitProduct('argument')];
  // \log \log n, \sin \sin x: a function of a function's value (not of a big operator).
  else if (namedFunctionAhead(p)) args = [p.parseFactor()];
  else p.fail(`\\${command} without an argument`, start, p.peek().end);
  if (base !== undefined) {
    if (args.length !== 1) p.fail('logarithm with several arguments', start, p.lastEnd());
    args.push(base);
  }
  const application = p.apply(name, args, start, p.lastEnd());
  if (power === undefined) return application;
  return p.mark(operatorNode('pow', [application, power]), start, p.lastEnd());
}

export const namedFunctionConstruct: Construct = {
  commands: Object.keys(KNOWN_FUNCTIONS),
  isFunction: true,
  parse(p: Parser, token: Token): MathNode {
    const range = MIN_MAX_NAMES[token.value];
    if (range !== undefined && p.is('sub', undefined, 1)) return parseBigOperator(p, token, range);
    // \arg\max_{\theta}: the argument of a maximum over a range, not the complex argument.
    const extremum = p.peek(1);
    const argOf =
      token.value === 'arg' && extremum.kind === 'command'
        ? ARG_EXTREMUM_NAMES[extremum.value]
        : undefined;
    if (argOf !== undefined && p.is('sub', undefined, 2)) {
      p.next();
      return parseBigOperator(p, extremum, argOf);
    }
    p.next();
    return parseFunctionRest(p, token.value, KNOWN_FUNCTIONS[token.value], token.start);
  },
};

export const operatorNameConstruct: Construct = {
  commands: ['operatorname'],
  isFunction: true,
  parse(p: Parser, token: Token): MathNode {
    p.next();
    const name = operatorName(p);
    return parseFunctionRest(p, name, name, token.start);
  },
};

/** `\DeclareMathOperator{\foo}{foo}` names passed in options.operators. */
export const declaredOperatorConstruct: Construct = {
  commands: ['#operator'],
  isFunction: true,
  parse(p: Parser, token: Token): MathNode {
    p.next();
    return parseFunctionRest(
      p,
      token.value,
      KNOWN_FUNCTIONS[token.value] ?? token.value,
      token.start,
    );
  },
};
