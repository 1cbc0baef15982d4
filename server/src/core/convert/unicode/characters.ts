/**
 * One Unicode character → LaTeX, from the tables beside this file: characters.json (symbols,
 * Greek, operators, relations, vulgar fractions), alphanumerics.json (the styled letters of
 * U+1D400–U+1D7FF: 𝐱 is \mathbf{x}, 𝔽 \mathfrak{F}, 𝑥 a plain x) and accents.json (combining
 * marks). Script characters (², ₙ) are in scripts.json, read by tokenize.ts.
 */
import characterTable from './characters.json';
import alphanumericTable from './alphanumerics.json';
import accentTable from './accents.json';

const CHARACTERS: Readonly<Record<string, string>> = characterTable;
const ACCENTS: Readonly<Record<string, string>> = accentTable;

type Block = [style: string, start: number];

const LATIN_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** The 58 characters of each Greek block of the chart, in its order. */
const GREEK_LETTERS = 'ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡϴΣΤΥΦΧΨΩ∇αβγδεζηθικλμνξοπρςστυφχψω∂ϵϑϰϕϱϖ';
const DIGITS = '0123456789';

function styled(style: string, latex: string): string {
  return style === 'plain' ? latex : `${style}{${latex}}`;
}

function inBlocks(
  codePoint: number,
  blocks: readonly Block[],
  letters: string,
): string | undefined {
  for (const [style, start] of blocks) {
    const index = codePoint - start;
    if (index >= 0 && index < letters.length) {
      const letter = [...letters][index];
      return styled(style, CHARACTERS[letter] ?? letter);
    }
  }
  return undefined;
}

/** 𝐱 → \mathbf{x}, 𝑥 → x, 𝛼 → \alpha, 𝟙 → \mathbb{1}; undefined outside the block. */
export function alphanumericLatex(codePoint: number): string | undefined {
  if (codePoint < 0x1d400 || codePoint > 0x1d7ff) return undefined;
  if (codePoint === 0x1d6a4) return '\\imath';
  if (codePoint === 0x1d6a5) return '\\jmath';
  return (
    inBlocks(codePoint, alphanumericTable.latin as Block[], LATIN_LETTERS) ??
    inBlocks(codePoint, alphanumericTable.greek as Block[], GREEK_LETTERS) ??
    inBlocks(codePoint, alphanumericTable.digits as Block[], DIGITS)
  );
}

/** LaTeX of a character that stands for itself (a symbol, a letter, an operator), if known. */
export function characterLatex(character: string): string | undefined {
  if (Object.hasOwn(CHARACTERS, character)) return CHARACTERS[character];
  return alphanumericLatex(character.codePointAt(0) ?? 0);
}

/** The accent command of a combining mark (U+0304 → \bar), if known. */
export function accentCommand(mark: string): string | undefined {
  return Object.hasOwn(ACCENTS, mark) ? ACCENTS[mark] : undefined;
}
