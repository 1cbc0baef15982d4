/**
 * The one place where calculator notation meets mathjs: a restricted instance that holds `parse`
 * and nothing that evaluates (no `evaluate`, no `import`, no `createUnit`). Its trees are only
 * printed, never compiled, so `5 cm` stays the product of 5 and a symbol `cm` and an assignment
 * could not run even if one got through (relations are split off before parsing: splitRelations).
 * Numbers are BigNumbers so that `12345678901234567890` prints as written.
 */
import type { MathNode } from 'mathjs' with { 'resolution-mode': 'import' };
// @ts-expect-error -- mathjs's typings are ESM-only; at run time require() resolves its CommonJS build.
import * as mathjs from 'mathjs';

export type { MathNode };

const { create, parseDependencies } = mathjs;

let instance: { parse: (text: string) => MathNode } | undefined;

function parser(): { parse: (text: string) => MathNode } {
  instance ??= create({ parseDependencies }, { number: 'BigNumber', precision: 64 });
  return instance;
}

export type ParseResult =
  | { ok: true; node: MathNode }
  /** `at` is the UTF-16 offset (into the parsed text) of the character mathjs stopped at. */
  | { ok: false; message: string; at: number };

/** mathjs writes "… (char 3)": a 1-based position. */
const POSITION = /\s*\(char (\d+)\)\s*$/;

export function parseExpression(text: string): ParseResult {
  try {
    return { ok: true, node: parser().parse(text) };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const position = POSITION.exec(raw);
    const at = position === null ? 0 : Math.min(Math.max(Number(position[1]) - 1, 0), text.length);
    return { ok: false, message: raw.replace(POSITION, ''), at };
  }
}
