/**
 * Top-level relations (`=`, `<=`, `->`, `:=` … from asciiRelations.json) are split off before mathjs
 * sees the text: mathjs would read `x = 1` as an assignment and refuse `x + 1 = 3` and `a -> b`.
 * Each side is then parsed on its own. Relations inside brackets (`P(X < 3)`) stay: mathjs reads
 * those comparisons itself.
 */
import relationTable from '../asciiRelations.json';

const RELATIONS: Readonly<Record<string, string>> = relationTable;
/** Longest spelling first, so that `<=` wins over `<` and `<=>` over `<=`. */
const SPELLINGS = Object.keys(RELATIONS).sort((a, b) => b.length - a.length);

export interface Side {
  text: string;
  /** Offset of the side in the text that was split. */
  start: number;
}

export interface SplitRelations {
  sides: Side[];
  /** LaTeX of the relation between sides[k] and sides[k + 1]. */
  relations: string[];
  /** Offsets of each relation's spelling. */
  relationSpans: { start: number; end: number }[];
}

const OPENERS = new Set(['(', '[', '{']);
const CLOSERS = new Set([')', ']', '}']);

function relationAt(text: string, i: number): string | undefined {
  const spelling = SPELLINGS.find((s) => text.startsWith(s, i));
  if (spelling === undefined) return undefined;
  // `<<` and `>>` are shifts, not two comparisons.
  const next = text[i + spelling.length];
  if ((spelling === '<' || spelling === '>') && next === spelling) return undefined;
  if ((spelling === '<' || spelling === '>') && text[i - 1] === spelling) return undefined;
  return spelling;
}

export function splitRelations(text: string): SplitRelations {
  const sides: Side[] = [];
  const relations: string[] = [];
  const relationSpans: { start: number; end: number }[] = [];
  let depth = 0;
  let sideStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (OPENERS.has(ch)) depth++;
    else if (CLOSERS.has(ch)) depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    const spelling = relationAt(text, i);
    if (spelling === undefined) continue;
    sides.push({ text: text.slice(sideStart, i), start: sideStart });
    relations.push(RELATIONS[spelling]);
    relationSpans.push({ start: i, end: i + spelling.length });
    i += spelling.length - 1;
    sideStart = i + 1;
  }
  sides.push({ text: text.slice(sideStart), start: sideStart });
  return { sides, relations, relationSpans };
}
