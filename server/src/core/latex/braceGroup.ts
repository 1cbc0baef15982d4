/** The end of the brace group opening at `at` in `text` (after its `}`), or -1 if none closes. */
export function braceGroupEnd(text: string, at: number): number {
  if (text[at] !== '{') return -1;
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i + 1;
  }
  return -1;
}
