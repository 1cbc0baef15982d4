/**
 * Compiles an expression tree (already prepared: no derivative, limit or indefinite integral
 * left) into a closure over one of the arithmetics of ./arith.ts. Only whitelisted operators and
 * functions are callable: the tree never reaches mathjs `evaluate`.
 */
import type { MathNode } from 'mathjs' with { 'resolution-mode': 'import' };
import type { Arith } from './arith';
import { KNOWN_FUNCTIONS } from './functions';
import { functionName, view } from './nodes';
import { Unsupported } from './types';

export type Scope<V> = Record<string, V>;

/** What an evaluation met that bounds its accuracy (for round-off-aware tolerances). */
export interface EvalStats {
  /** Largest magnitude of a term added or subtracted (cancellation). */
  mag: number;
  /**
   * Largest argument of a periodic function: sin(u) is only known to |u| times the working
   * precision, however small sin(u) is.
   */
  periodic?: number;
}

const PERIODIC = new Set(['sin', 'cos', 'tan', 'sec', 'csc', 'cot']);

export type Compiled<V> = (scope: Scope<V>, stats: EvalStats) => V;

const BINARY = new Set(['add', 'subtract', 'multiply', 'divide', 'pow', 'mod']);
const MAX_TERMS = 2000;

export interface CompileInfo {
  /** Contains a numeric quadrature (results are approximate, BigNumber re-check impossible). */
  approximate: boolean;
}

export function compile<V>(node: MathNode, arith: Arith<V>, info: CompileInfo): Compiled<V> {
  const v = view(node);
  switch (v.type) {
    case 'ConstantNode': {
      const value = typeof v.value === 'number' ? v.value : Number(v.value);
      if (typeof v.value !== 'number' && (typeof v.value !== 'string' || !Number.isFinite(value))) {
        throw new Unsupported('a constant that is not a number');
      }
      const c = arith.num(value);
      return () => c;
    }
    case 'SymbolNode': {
      const name = v.name;
      // `1 + 2 + \cdots + n`: the parser's ellipsis has no value.
      if (name === 'Ellipsis') throw new Unsupported('an ellipsis');
      if (name === 'pi' || name === 'e' || name === 'i' || name === 'Infinity') {
        const c = arith.constant(name);
        return () => c;
      }
      return (scope) => {
        const value = scope[name];
        if (value === undefined) throw new Unsupported(`no value for ${name}`);
        return value;
      };
    }
    case 'ParenthesisNode':
      return compile(v.content, arith, info);
    case 'OperatorNode': {
      const args = v.args.map((arg) => compile(arg, arith, info));
      if (v.fn === 'unaryMinus' && args.length === 1) {
        const a = args[0];
        return (scope, stats) => arith.neg(a(scope, stats));
      }
      if (v.fn === 'unaryPlus' && args.length === 1) return args[0];
      if (v.fn === 'factorial' && args.length === 1) {
        const a = args[0];
        return (scope, stats) => arith.call('factorial', [a(scope, stats)]);
      }
      if (BINARY.has(v.fn) && args.length === 2) {
        const [a, b] = args as [Compiled<V>, Compiled<V>];
        const fn = v.fn;
        if (fn === 'add' || fn === 'subtract') {
          return (scope, stats) => {
            const x = a(scope, stats);
            const y = b(scope, stats);
            const m = Math.max(arith.mag(x), arith.mag(y));
            if (m > stats.mag) stats.mag = m;
            return arith.binary(fn, x, y);
          };
        }
        return (scope, stats) => arith.binary(fn, a(scope, stats), b(scope, stats));
      }
      if ((v.fn === 'add' || v.fn === 'multiply') && args.length > 2) {
        const fn = v.fn;
        return (scope, stats) => {
          let acc = args[0](scope, stats);
          for (let k = 1; k < args.length; k++) {
            const y = args[k](scope, stats);
            if (fn === 'add') {
              const m = Math.max(arith.mag(acc), arith.mag(y));
              if (m > stats.mag) stats.mag = m;
            }
            acc = arith.binary(fn, acc, y);
          }
          return acc;
        };
      }
      throw new Unsupported(`operator ${v.op}`);
    }
    case 'FunctionNode': {
      const name = functionName(v);
      if (name === 'sum' || name === 'product') return compileSeries(v.args, name, arith, info);
      if (name === 'integral' && v.args.length === 4) return compileIntegral(v.args, arith, info);
      const counts = KNOWN_FUNCTIONS.get(name);
      if (counts === undefined) throw new Unsupported(`function ${name}`);
      if (!counts.includes(v.args.length)) {
        throw new Unsupported(`${name} with ${v.args.length} arguments`);
      }
      const args = v.args.map((arg) => compile(arg, arith, info));
      if (args.length === 1) {
        const a = args[0];
        if (PERIODIC.has(name)) {
          return (scope, stats) => {
            const u = a(scope, stats);
            const m = arith.mag(u);
            if (m > (stats.periodic ?? 0)) stats.periodic = m;
            return arith.call(name, [u]);
          };
        }
        return (scope, stats) => arith.call(name, [a(scope, stats)]);
      }
      return (scope, stats) =>
        arith.call(
          name,
          args.map((a) => a(scope, stats)),
        );
    }
  }
}

function boundName(node: MathNode): string {
  const v = view(node);
  if (v.type !== 'SymbolNode') throw new Unsupported('bound variable is not a name');
  return v.name;
}

function integerOf<V>(arith: Arith<V>, value: V): number | undefined {
  const x = arith.real(value);
  const k = Math.round(x);
  return Number.isFinite(x) && Math.abs(x - k) < 1e-9 ? k : undefined;
}

function compileSeries<V>(
  args: MathNode[],
  name: 'sum' | 'product',
  arith: Arith<V>,
  info: CompileInfo,
): Compiled<V> {
  if (args.length !== 4) throw new Unsupported(`${name} without both bounds`);
  const index = boundName(args[1]);
  const body = compile(args[0], arith, info);
  const from = compile(args[2], arith, info);
  const to = compile(args[3], arith, info);
  return (scope, stats) => {
    const a = integerOf(arith, from(scope, stats));
    const b = integerOf(arith, to(scope, stats));
    if (a === undefined || b === undefined || b - a > MAX_TERMS) return arith.num(NaN);
    const saved = scope[index];
    let acc = arith.num(name === 'sum' ? 0 : 1);
    for (let k = a; k <= b; k++) {
      scope[index] = arith.num(k);
      const term = body(scope, stats);
      if (name === 'sum') {
        const m = Math.max(arith.mag(acc), arith.mag(term));
        if (m > stats.mag) stats.mag = m;
      }
      acc = arith.binary(name === 'sum' ? 'add' : 'multiply', acc, term);
    }
    if (saved === undefined) delete scope[index];
    else scope[index] = saved;
    return acc;
  };
}

/** Definite integral by adaptive Simpson quadrature (real arithmetic only). */
function compileIntegral<V>(args: MathNode[], arith: Arith<V>, info: CompileInfo): Compiled<V> {
  info.approximate = true;
  const variable = boundName(args[1]);
  const body = compile(args[0], arith, info);
  const lower = compile(args[2], arith, info);
  const upper = compile(args[3], arith, info);
  if (arith.kind !== 'real') return () => arith.num(NaN);
  return (scope, stats) => {
    const a = arith.real(lower(scope, stats));
    const b = arith.real(upper(scope, stats));
    if (!Number.isFinite(a) || !Number.isFinite(b)) return arith.num(NaN);
    const saved = scope[variable];
    const inner: EvalStats = { mag: 0 };
    const f = (t: number): number => {
      scope[variable] = arith.num(t);
      return arith.real(body(scope, inner));
    };
    const value = adaptiveSimpson(f, a, b);
    if (saved === undefined) delete scope[variable];
    else scope[variable] = saved;
    if (Math.abs(value) > stats.mag) stats.mag = Math.abs(value);
    return arith.num(value);
  };
}

/** Adaptive Simpson with a bounded number of evaluations; NaN when it does not converge. */
export function adaptiveSimpson(f: (t: number) => number, a: number, b: number): number {
  if (a === b) return 0;
  let evaluations = 0;
  const budget = 20000;
  const g = (t: number): number => {
    evaluations++;
    return f(t);
  };
  const fa = g(a);
  const fb = g(b);
  const m = (a + b) / 2;
  const fm = g(m);
  const whole = ((b - a) / 6) * (fa + 4 * fm + fb);
  const scale = Math.max(Math.abs(fa), Math.abs(fb), Math.abs(fm), 1e-300) * Math.abs(b - a);
  const step = (
    l: number,
    r: number,
    fl: number,
    fmid: number,
    fr: number,
    s: number,
    eps: number,
    depth: number,
  ): number => {
    const mid = (l + r) / 2;
    const lm = (l + mid) / 2;
    const rm = (mid + r) / 2;
    const flm = g(lm);
    const frm = g(rm);
    const left = ((mid - l) / 6) * (fl + 4 * flm + fmid);
    const right = ((r - mid) / 6) * (fmid + 4 * frm + fr);
    const delta = left + right - s;
    if (!Number.isFinite(delta)) return NaN;
    if (depth <= 0 || evaluations > budget) return NaN;
    if (Math.abs(delta) <= 15 * eps && depth < 47) return left + right + delta / 15;
    return (
      step(l, mid, fl, flm, fmid, left, eps / 2, depth - 1) +
      step(mid, r, fmid, frm, fr, right, eps / 2, depth - 1)
    );
  };
  return step(a, b, fa, fm, fb, whole, 1e-13 * scale, 50);
}
