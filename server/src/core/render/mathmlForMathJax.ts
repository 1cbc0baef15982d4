import { mathElement } from './katexRender';

/**
 * KaTeX's MathML, as MathJax's MathML input can read it. KaTeX writes MathML for browsers, which
 * forgive what MathJax does not; each rewrite below names the KaTeX output that needs it.
 */

/**
 * The <math> element of KaTeX's output (KaTeX wraps it in <span class="katex">, and in
 * <span class="katex-display"> for display math), adjusted for MathJax.
 */
export function mathmlForMathJax(katexMarkup: string): string {
  return unwrapTokenInOperator(mathElement(katexMarkup));
}

/**
 * `\mathrel{\char"2254}`-like groups, e.g. mathtools' \coloneqq, come out as
 * `<mo><mi mathvariant="normal">≔</mi></mo>`: an operator whose content is one token element.
 * MathJax then lays the symbol out as an ordinary letter, without the space a relation gets on
 * each side (`a≔b` measured 1.56 em against 2.11 em, KaTeX's own spacing); the operator with the
 * text directly inside is what KaTeX means. (Other element content in <mo>, such as KaTeX's
 * `<mo><mover>…</mover></mo>` for \overset in a relation, is left alone.)
 */
function unwrapTokenInOperator(math: string): string {
  return math.replace(
    /<mo((?:\s[^>]*)?)><m[in]((?:\s[^>]*)?)>([^<]*)<\/m[in]><\/mo>/g,
    (_, operator: string, token: string, text: string) => `<mo${operator}${token}>${text}</mo>`,
  );
}
