/**
 * MathSpeak names the script level it moves to rather than the one it leaves: "x Superscript a
 * Super Subscript n Superscript plus 1" is x^{a_n + 1} — "Super Subscript" is the subscript
 * inside the superscript, the bare "Superscript" returns to the superscript, "Baseline" to the
 * base. The parser reads scripts as scopes ("Superscript … Baseline"), so these level names are
 * rewritten into opening and closing words: each level left says "Baseline", each level entered
 * says its "Superscript" or "Subscript". Sentences without nested level names are left alone.
 */
import type { Token } from './tokens';

type Level = 'sup' | 'sub';

const scriptWords: Record<string, Level> = { superscript: 'sup', subscript: 'sub' };
const prefixWords: Record<string, Level> = { super: 'sup', sub: 'sub' };

/** The level a marker at `at` names and how many tokens it spans ("Super Super Subscript"). */
function markerAt(
  tokens: readonly Token[],
  at: number,
): { path: Level[]; length: number } | undefined {
  const path: Level[] = [];
  let i = at;
  while (tokens[i]?.capital === true && prefixWords[tokens[i].text] !== undefined) {
    path.push(prefixWords[tokens[i].text]);
    i++;
  }
  const last = tokens[i];
  if (last?.capital !== true) return undefined;
  if (last.text === 'baseline' && path.length === 0) return { path, length: 1 };
  const level = scriptWords[last.text];
  if (level === undefined) return undefined;
  return { path: [...path, level], length: i - at + 1 };
}

function word(text: string, raw: string, at: Token): Token {
  return { ...at, kind: 'word', text, raw, capital: true, sentenceStart: false };
}

/**
 * "Super" rather than "Superscript" opens a superscript: inside a subscript, "Superscript" would
 * end the subscript (x Subscript i Superscript 2 is x_i^2), but here it opens a script within it.
 */
function opener(level: Level, at: Token): Token {
  return level === 'sup' ? word('super', 'Super', at) : word('subscript', 'Subscript', at);
}

export function scriptLevels(tokens: readonly Token[]): Token[] {
  const nested = tokens.some((_, i) => (markerAt(tokens, i)?.path.length ?? 0) > 1);
  if (!nested) return [...tokens];
  const out: Token[] = [];
  let current: Level[] = [];
  for (let i = 0; i < tokens.length;) {
    const marker = markerAt(tokens, i);
    if (marker === undefined) {
      out.push(tokens[i++]);
      continue;
    }
    const at = tokens[i];
    const target = marker.path;
    let shared = 0;
    while (shared < Math.min(current.length, target.length) && current[shared] === target[shared])
      shared++;
    // Returning to a level already open ("Superscript" after "Super Subscript") only closes the
    // deeper ones; another level closes down to the levels both share and opens the rest.
    for (let level = current.length; level > shared; level--)
      out.push(word('baseline', 'Baseline', at));
    for (const level of target.slice(shared)) out.push(opener(level, at));
    current = marker.path;
    i += marker.length;
  }
  return out;
}
