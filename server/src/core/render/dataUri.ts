/**
 * SVG as a data: URI that survives inside a Markdown image `![](…)` and an HTML attribute.
 *
 * Two encodings, and the shorter one is used (the hover limit is in characters):
 * - percent-encoding keeps letters, digits and `-._~!$*+,;=:@/?` as they are and escapes the rest,
 *   in particular space, `(`, `)`, `"`, `'`, `<`, `>`, `#`, `%`, `&` (Markdown would decode an
 *   entity), `\` (a Markdown escape), `[`, `]`, backquote and every non-ASCII character (UTF-8);
 * - base64, 4 characters for every 3 bytes, nothing to escape.
 * MathJax's SVG is mostly path data, which mathjaxSvg.ts writes with commas instead of spaces, so
 * percent-encoding usually wins (quadratic formula 6,096 characters against 7,042 in base64; a
 * HoTT-book align* 13,456 against 13,850); text full of escapes or non-ASCII goes to base64. Both forms contain only characters from
 * `[A-Za-z0-9+/=%,;:.!$*@?_~-]`.
 */
export function svgDataUri(svg: string): string {
  const percent = `data:image/svg+xml,${percentEncode(svg)}`;
  // base64 is 4/3 of the UTF-8 size: skip computing it when it cannot be shorter.
  const bytes = new TextEncoder().encode(svg);
  const base64Length = 26 + Math.ceil(bytes.length / 3) * 4;
  if (percent.length <= base64Length) return percent;
  return `data:image/svg+xml;base64,${base64(bytes)}`;
}

/** Characters left alone by percentEncode: RFC 3986 unreserved and the harmless sub-delimiters. */
const keep = /[A-Za-z0-9\-._~!$*+,;=:@/?]/;

export function percentEncode(text: string): string {
  let out = '';
  let run = 0; // start of the current run of kept characters
  for (let i = 0; i < text.length; i++) {
    if (keep.test(text[i])) continue;
    out += text.slice(run, i);
    const code = text.charCodeAt(i);
    if (code < 0x80) out += `%${code.toString(16).toUpperCase().padStart(2, '0')}`;
    else {
      // A whole code point (a surrogate pair is two UTF-16 units), as UTF-8 bytes.
      const point = text.codePointAt(i)!;
      const lone = point >= 0xd800 && point <= 0xdfff; // a lone surrogate has no UTF-8 form
      out += encodeURIComponent(lone ? '\uFFFD' : String.fromCodePoint(point));
      if (point > 0xffff) i++;
    }
    run = i + 1;
  }
  return out + text.slice(run);
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** base64 of `bytes` (core/ has no Buffer; btoa wants a binary string, this is as short). */
export function base64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out +=
      alphabet[n >> 18] + alphabet[(n >> 12) & 63] + alphabet[(n >> 6) & 63] + alphabet[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += `${alphabet[n >> 18]}${alphabet[(n >> 12) & 63]}==`;
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += `${alphabet[n >> 18]}${alphabet[(n >> 12) & 63]}${alphabet[(n >> 6) & 63]}=`;
  }
  return out;
}
