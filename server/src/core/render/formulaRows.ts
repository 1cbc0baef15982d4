/**
 * The rows of a multi-row display formula, each as a formula of its own: when one image of the
 * whole would exceed the hover's size limit, svg.ts shows it row by row instead.
 *
 * Rows are split at top-level `\\` (outside braces and nested environments: the rows of a
 * `cases` or `matrix` inside a row stay in it). Rows of an alignment keep their `&` columns by
 * becoming an `aligned` of one row; \label, \nonumber and \notag are dropped and \tag{…} is written
 * after the row, since KaTeX allows \tag only on a whole display formula.
 */

/** How the rows of each environment are rendered alone. */
const rowStyle: Record<string, 'aligned' | 'rcl' | 'plain'> = {
  align: 'aligned',
  'align*': 'aligned',
  aligned: 'aligned',
  alignat: 'aligned',
  'alignat*': 'aligned',
  alignedat: 'aligned',
  flalign: 'aligned',
  'flalign*': 'aligned',
  split: 'aligned',
  eqnarray: 'rcl',
  'eqnarray*': 'rcl',
  gather: 'plain',
  'gather*': 'plain',
  gathered: 'plain',
  multline: 'plain',
  'multline*': 'plain',
};

/** Environments that only number or wrap their content: look inside for the rows. */
const wrappers = new Set(['equation', 'equation*', 'displaymath', 'math']);

/** Environments taking a mandatory argument after \begin{…} (the number of column pairs). */
const withArgument = new Set(['alignat', 'alignat*', 'alignedat']);

interface Scan {
  /** Offsets of each top-level `\\` and the end of its optional `*` and `[spacing]`. */
  breaks: { start: number; end: number }[];
  /** For a source that is one environment: its name and body; undefined otherwise. */
  environment?: { name: string; bodyStart: number; bodyEnd: number };
}

/** Reads `{name}` at `i` (spaces allowed before it); returns the name and the offset after it. */
function readGroup(text: string, i: number): { value: string; end: number } | undefined {
  while (i < text.length && /\s/.test(text[i])) i++;
  if (text[i] !== '{') return undefined;
  const close = text.indexOf('}', i);
  return close < 0 ? undefined : { value: text.slice(i + 1, close).trim(), end: close + 1 };
}

/** Skips spaces, then `*` and `[…]` after a `\\`. */
function skipBreakOptions(text: string, i: number): number {
  let j = i;
  while (j < text.length && /\s/.test(text[j])) j++;
  if (text[j] === '*') j++;
  while (j < text.length && /\s/.test(text[j])) j++;
  if (text[j] === '[') {
    const close = text.indexOf(']', j);
    if (close >= 0) return close + 1;
  }
  return j === i ? i : j;
}

/** One pass over `text` from `from` to `to`: the top-level breaks and environment structure. */
function scan(text: string, from: number, to: number): Scan {
  const breaks: Scan['breaks'] = [];
  let braces = 0;
  let environments = 0;
  let first: { name: string; bodyStart: number } | undefined;
  let firstEnd: number | undefined;
  let endOfFirst = -1;
  for (let i = from; i < to; i++) {
    const char = text[i];
    if (char === '%') {
      const newline = text.indexOf('\n', i);
      i = newline < 0 ? to : newline;
    } else if (char === '{') braces++;
    else if (char === '}') braces = Math.max(0, braces - 1);
    else if (char === '\\') {
      const word = /^\\(?:[a-zA-Z@]+|.)/s.exec(text.slice(i, i + 40))?.[0] ?? '\\';
      if (word === '\\\\' && braces === 0 && environments === 0) {
        const end = skipBreakOptions(text, i + 2);
        breaks.push({ start: i, end });
        i = end - 1;
        continue;
      }
      if (word === '\\begin' || word === '\\end') {
        const group = readGroup(text, i + word.length);
        if (group) {
          if (word === '\\begin') {
            if (
              environments === 0 &&
              braces === 0 &&
              first === undefined &&
              isBlank(text, from, i)
            ) {
              let bodyStart = group.end;
              if (withArgument.has(group.value))
                bodyStart = readGroup(text, bodyStart)?.end ?? bodyStart;
              first = { name: group.value, bodyStart };
            }
            environments++;
          } else {
            environments = Math.max(0, environments - 1);
            if (
              environments === 0 &&
              first &&
              firstEnd === undefined &&
              group.value === first.name
            ) {
              firstEnd = i;
              endOfFirst = group.end;
            }
          }
          i = group.end - 1;
          continue;
        }
      }
      i += word.length - 1;
    }
  }
  const whole = first && firstEnd !== undefined && isBlank(text, endOfFirst, to);
  return {
    breaks,
    environment: whole
      ? { name: first!.name, bodyStart: first!.bodyStart, bodyEnd: firstEnd! }
      : undefined,
  };
}

/** Nothing but spaces and labels: `\begin{equation}\label{e}\begin{split}` still wraps the split. */
function isBlank(text: string, from: number, to: number): boolean {
  return /^(?:\s|\\label\s*\{[^{}]*\}|\\no(?:number|tag)(?![a-zA-Z@]))*$/.test(
    text.slice(from, to),
  );
}

/** A row ready to render alone, or undefined for an empty row (after a final `\\`). */
function standAlone(row: string, style: 'aligned' | 'rcl' | 'plain'): string | undefined {
  let tag = '';
  const body = row
    .replace(
      /\\(?:label|tag(\*?))\s*\{([^{}]*)\}/g,
      (whole, star: string | undefined, text: string) => {
        if (whole.startsWith('\\tag')) tag = star ? text : `(${text})`;
        return '';
      },
    )
    .replace(/\\(?:nonumber|notag)(?![a-zA-Z@])/g, '')
    .trim();
  if (body === '') return undefined;
  // A newline after the row: a % comment at its end must not swallow what follows.
  const suffix = tag ? `\\qquad\\text{${tag}}` : '';
  if (style === 'aligned') return `\\begin{aligned}${body}\n\\end{aligned}${suffix}`;
  if (style === 'rcl') return `\\begin{array}{rcl}${body}\n\\end{array}${suffix}`;
  return suffix ? `${body}\n${suffix}` : body;
}

/**
 * The rows of `source` as separate formulas (to render in display mode), or undefined when it is
 * not a multi-row formula: one alignment/gather/multline environment (possibly inside an
 * equation), or display math with top-level `\\`.
 */
export function splitRows(source: string): string[] | undefined {
  let from = 0;
  let to = source.length;
  let style: 'aligned' | 'rcl' | 'plain' = 'plain';
  for (;;) {
    const { breaks, environment } = scan(source, from, to);
    if (environment && wrappers.has(environment.name)) {
      from = environment.bodyStart;
      to = environment.bodyEnd;
      continue;
    }
    let rowBreaks = breaks;
    if (environment) {
      const envStyle = rowStyle[environment.name];
      if (envStyle === undefined) return undefined;
      style = envStyle;
      from = environment.bodyStart;
      to = environment.bodyEnd;
      rowBreaks = scan(source, from, to).breaks;
    }
    if (rowBreaks.length === 0) return undefined;
    const rows: string[] = [];
    let start = from;
    for (const { start: breakStart, end } of [...rowBreaks, { start: to, end: to }]) {
      const row = standAlone(source.slice(start, breakStart), style);
      if (row !== undefined) rows.push(row);
      start = end;
    }
    return rows.length > 1 ? rows : undefined;
  }
}
