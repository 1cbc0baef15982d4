/**
 * Three arithmetics for the tree compiler: IEEE doubles (fast, real-only: a non-real result is
 * NaN, i.e. "undefined here"), complex doubles (for expressions that mention `i`) and 64-digit
 * BigNumbers (to re-check candidate counterexamples). The last two call the restricted mathjs
 * instances of ./mathInstance.ts.
 */
import type { BigNumber, Complex, MathJsInstance } from 'mathjs' with {
  'resolution-mode': 'import',
};
import { mathBig, mathNumber } from './mathInstance';
import type { PointValue } from './types';

export interface Arith<V> {
  readonly kind: 'real' | 'complex' | 'big';
  num(x: number): V;
  constant(name: string): V;
  binary(fn: string, a: V, b: V): V;
  neg(a: V): V;
  call(name: string, args: V[]): V;
  /** |v| as a double (NaN or Infinity when undefined). */
  mag(v: V): number;
  /** Finite, and real unless the arithmetic is complex. */
  defined(v: V): boolean;
  /** The real value as a double (NaN when not real). */
  real(v: V): number;
  out(v: V): PointValue;
}

function gammaReal(x: number): number {
  if (Number.isInteger(x)) {
    if (x <= 0) return NaN;
    if (x < 171) {
      let r = 1;
      for (let k = 2; k < x; k++) r *= k;
      return r;
    }
    return Infinity;
  }
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gammaReal(1 - x));
  // Lanczos approximation (g = 7, n = 9).
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7,
  ];
  const z = x - 1;
  let a = c[0];
  const t = z + 7.5;
  for (let k = 1; k < 9; k++) a += c[k] / (z + k);
  return Math.sqrt(2 * Math.PI) * Math.pow(t, z + 0.5) * Math.exp(-t) * a;
}

const REAL_UNARY: Record<string, (x: number) => number> = {
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  sec: (x) => 1 / Math.cos(x),
  csc: (x) => 1 / Math.sin(x),
  cot: (x) => 1 / Math.tan(x),
  asin: Math.asin,
  acos: Math.acos,
  atan: Math.atan,
  asec: (x) => Math.acos(1 / x),
  acsc: (x) => Math.asin(1 / x),
  acot: (x) => Math.atan(1 / x),
  sinh: Math.sinh,
  cosh: Math.cosh,
  tanh: Math.tanh,
  sech: (x) => 1 / Math.cosh(x),
  csch: (x) => 1 / Math.sinh(x),
  coth: (x) => 1 / Math.tanh(x),
  asinh: Math.asinh,
  acosh: Math.acosh,
  atanh: Math.atanh,
  exp: Math.exp,
  expm1: Math.expm1,
  ln: Math.log,
  log: Math.log,
  log10: Math.log10,
  log2: Math.log2,
  log1p: Math.log1p,
  sqrt: Math.sqrt,
  cbrt: Math.cbrt,
  abs: Math.abs,
  sign: Math.sign,
  floor: Math.floor,
  ceil: Math.ceil,
  round: Math.round,
  gamma: gammaReal,
  factorial: (x) => gammaReal(x + 1),
};

function realPow(a: number, b: number): number {
  return Math.pow(a, b);
}

function binomialReal(n: number, k: number): number {
  return gammaReal(n + 1) / (gammaReal(k + 1) * gammaReal(n - k + 1));
}

export const realArith: Arith<number> = {
  kind: 'real',
  num: (x) => x,
  constant: (name) => (name === 'pi' ? Math.PI : name === 'e' ? Math.E : NaN),
  binary(fn, a, b) {
    switch (fn) {
      case 'add':
        return a + b;
      case 'subtract':
        return a - b;
      case 'multiply':
        return a * b;
      case 'divide':
        return a / b;
      case 'pow':
        return realPow(a, b);
      case 'mod':
        return b === 0 ? NaN : a - b * Math.floor(a / b);
      default:
        return NaN;
    }
  },
  neg: (a) => -a,
  call(name, args) {
    const [a = NaN, b = NaN] = args;
    if (args.length === 1) {
      const f = REAL_UNARY[name];
      return f === undefined ? NaN : f(a);
    }
    switch (name) {
      case 'log':
        return Math.log(a) / Math.log(b);
      case 'nthRoot':
        if (!Number.isInteger(b) || b === 0) return NaN;
        if (a < 0) return b % 2 !== 0 ? -Math.pow(-a, 1 / b) : NaN;
        return Math.pow(a, 1 / b);
      case 'pow':
        return realPow(a, b);
      case 'atan2':
        return Math.atan2(a, b);
      case 'mod':
        return realArith.binary('mod', a, b);
      case 'combinations':
      case 'binomial':
        return binomialReal(a, b);
      case 'min':
        return Math.min(...args);
      case 'max':
        return Math.max(...args);
      default:
        return NaN;
    }
  },
  mag: Math.abs,
  defined: (v) => Number.isFinite(v),
  real: (v) => v,
  out: (v) => v,
};

type MValue = number | Complex | BigNumber;

/** Complex or BigNumber arithmetic through a restricted mathjs instance. */
function mathjsArith(kind: 'complex' | 'big', M: MathJsInstance): Arith<MValue> {
  const fns = M as unknown as Record<string, (...args: MValue[]) => MValue>;
  const isBig = (v: MValue): v is BigNumber => M.isBigNumber(v);
  const isComplex = (v: MValue): v is Complex =>
    typeof v === 'object' && v !== null && 're' in v && 'im' in v;
  const safe = (f: () => MValue): MValue => {
    try {
      return f();
    } catch {
      return NaN;
    }
  };
  const arith: Arith<MValue> = {
    kind,
    num: (x) => (kind === 'big' ? M.bignumber(String(x)) : x),
    constant(name) {
      if (name === 'pi') return M.pi;
      if (name === 'e') return M.e;
      if (name === 'i') return M.complex(0, 1);
      return kind === 'big' ? M.bignumber(NaN) : NaN;
    },
    binary: (fn, a, b) => safe(() => fns[fn](a, b)),
    neg: (a) => safe(() => fns.unaryMinus(a)),
    call(name, args) {
      const target = name === 'ln' ? 'log' : name === 'binomial' ? 'combinations' : name;
      const f = fns[target];
      if (f === undefined) return NaN;
      return safe(() => f(...args));
    },
    mag(v) {
      if (typeof v === 'number') return Math.abs(v);
      if (isBig(v)) return v.isFinite() ? Math.abs(v.toNumber()) : NaN;
      if (isComplex(v)) return Math.hypot(v.re, v.im);
      return NaN;
    },
    defined(v) {
      if (kind === 'big') return isBig(v) && v.isFinite();
      if (typeof v === 'number') return Number.isFinite(v);
      return isComplex(v) && Number.isFinite(v.re) && Number.isFinite(v.im);
    },
    real(v) {
      if (typeof v === 'number') return v;
      if (isBig(v)) return v.toNumber();
      if (isComplex(v)) return v.im === 0 ? v.re : NaN;
      return NaN;
    },
    out(v) {
      if (typeof v === 'number') return v;
      if (isBig(v)) return v.toNumber();
      if (isComplex(v)) return v.im === 0 ? v.re : { re: v.re, im: v.im };
      return NaN;
    },
  };
  return arith;
}

let complexArithCache: Arith<MValue> | undefined;
let bigArithCache: Arith<MValue> | undefined;

export function complexArith(): Arith<MValue> {
  complexArithCache ??= mathjsArith('complex', mathNumber());
  return complexArithCache;
}

export function bigArith(): Arith<MValue> {
  bigArithCache ??= mathjsArith('big', mathBig());
  return bigArithCache;
}
