/**
 * A table of phrases (word sequences) → values, matched longest-first against tokens. Words are
 * matched by their lower-case text; a phrase may also contain symbols ("+", "=") and `<number>`,
 * which matches any number.
 */
import type { Token } from './tokens';

/** Pauses never match (a phrase is said without one); numbers match `<number>`. */
function keyOf(token: Token): string {
  if (token.kind === 'number') return '<number>';
  if (token.kind === 'pause' || token.kind === 'stop') return '';
  return token.text;
}

interface Node<T> {
  next: Map<string, Node<T>>;
  value?: T;
}

export interface PhraseMatch<T> {
  value: T;
  /** Number of tokens the phrase covers. */
  length: number;
}

export class PhraseTable<T> {
  private readonly root: Node<T> = { next: new Map() };

  constructor(entries: Iterable<readonly [string, T]> = []) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  add(phrase: string, value: T): void {
    let node = this.root;
    for (const word of phrase
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w !== '')) {
      let child = node.next.get(word);
      if (child === undefined) {
        child = { next: new Map() };
        node.next.set(word, child);
      }
      node = child;
    }
    node.value = value;
  }

  /** The longest phrase starting at `tokens[at]`, if any; none before the first token. */
  match(tokens: readonly Token[], at: number): PhraseMatch<T> | undefined {
    if (at < 0) return undefined;
    let node: Node<T> | undefined = this.root;
    let best: PhraseMatch<T> | undefined;
    for (let i = at; i < tokens.length && node !== undefined; i++) {
      const token = tokens[i];
      node = node.next.get(keyOf(token));
      if (node?.value !== undefined) best = { value: node.value, length: i - at + 1 };
    }
    return best;
  }

  /** Whether a phrase starts at one of the tokens from `from` up to (not including) `to`. */
  occursIn(tokens: readonly Token[], from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.match(tokens, i) !== undefined) return true;
    return false;
  }

  /** Every phrase starting at `tokens[at]`, longest first. */
  matches(tokens: readonly Token[], at: number): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    let node: Node<T> | undefined = this.root;
    for (let i = at; i < tokens.length && node !== undefined; i++) {
      const token = tokens[i];
      node = node.next.get(keyOf(token));
      if (node?.value !== undefined) found.push({ value: node.value, length: i - at + 1 });
    }
    return found.reverse();
  }
}
