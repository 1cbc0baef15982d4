/** A cross-reference command under the cursor: \ref{key}, \eqref{key}, \cref{a,b}… */
export interface ReferenceAt {
  command: string;
  key: string;
  /** The key's span in the document. */
  start: number;
  end: number;
}

const referenceCommand =
  /\\(?:eqref|ref|pageref|autoref|nameref|[cC]ref|[cC]pageref|labelcref|vref|Vref|cref(?:range)?)\*?\s*\{/y;
/** How far back from the cursor a reference command may start (keys are short). */
const LOOK_BEHIND = 200;

/** The reference whose braces hold `offset` (or whose command name does), if any. */
export function referenceAt(text: string, offset: number): ReferenceAt | undefined {
  const from = Math.max(0, offset - LOOK_BEHIND);
  for (let slash = text.lastIndexOf('\\', offset); slash >= from;) {
    referenceCommand.lastIndex = slash;
    const match = referenceCommand.exec(text);
    if (match) {
      const open = slash + match[0].length;
      const close = text.indexOf('}', open);
      if (close < 0 || offset > close) return undefined;
      return keyAt(text, match[0].replace(/\s*\{$/, ''), open, close, Math.max(offset, open));
    }
    if (slash === 0) break;
    slash = text.lastIndexOf('\\', slash - 1);
  }
  return undefined;
}

/** The comma-separated key of \cref{a,b,c} under the offset. */
function keyAt(
  text: string,
  command: string,
  open: number,
  close: number,
  offset: number,
): ReferenceAt | undefined {
  let start = open;
  for (let i = open; i <= close; i++) {
    if (i === close || text[i] === ',') {
      if (offset <= i || i === close) {
        const raw = text.slice(start, i);
        const key = raw.trim();
        if (!key) return undefined;
        const keyStart = start + raw.indexOf(key);
        return { command, key, start: keyStart, end: keyStart + key.length };
      }
      start = i + 1;
    }
  }
  return undefined;
}
