import { liteAdaptor } from 'mathjax-full/js/adaptors/liteAdaptor.js';
import type { LiteElement, LiteNode } from 'mathjax-full/js/adaptors/lite/Element.js';
import type { LiteDocument } from 'mathjax-full/js/adaptors/lite/Document.js';
import type { LiteText } from 'mathjax-full/js/adaptors/lite/Text.js';
import { HTMLDocument } from 'mathjax-full/js/handlers/html/HTMLDocument.js';
import { TeX } from 'mathjax-full/js/input/tex.js';
import { AllPackages } from 'mathjax-full/js/input/tex/AllPackages.js';
import { SVG } from 'mathjax-full/js/output/svg.js';

/**
 * The baseline MathLens's hover renderer is measured against: LaTeX Workshop's approach, MathJax's
 * own TeX input (every package it ships, the document's \newcommands handed over as MathJax
 * `macros`) straight to SVG with the lite DOM, one SVG string per formula. No KaTeX, so no agreement
 * with the diagnostics; MathJax's noerrors/noundefined packages draw bad input instead of failing.
 *
 * `macros`: control sequence (with or without its backslash) → body, `#1`… for arguments, as in
 * KaTeX's table. One renderer per macro set: MathJax fixes its macros when the input jax is built.
 */
export function createMathJaxTexRenderer(
  macros: Record<string, string>,
): (tex: string, display: boolean) => string {
  const adaptor = liteAdaptor();
  const texMacros: Record<string, [string, number]> = {};
  for (const [name, body] of Object.entries(macros)) {
    // MathJax wants the argument count; KaTeX infers it from the highest #n in the body.
    let arity = 0;
    for (const match of body.matchAll(/#([1-9])/g)) arity = Math.max(arity, Number(match[1]));
    texMacros[name.replace(/^\\/, '')] = [body, arity];
  }
  const tex = new TeX<LiteNode, LiteText, LiteDocument>({
    // bussproofs measures proof trees in a browser DOM, which the lite adaptor does not have.
    packages: AllPackages.filter((name) => name !== 'bussproofs'),
    macros: texMacros,
  });
  const document = new HTMLDocument<LiteNode, LiteText, LiteDocument>(
    adaptor.parse('', 'text/html'),
    adaptor,
    { InputJax: tex, OutputJax: new SVG<LiteNode, LiteText, LiteDocument>({ fontCache: 'local' }) },
  );
  return (source, display) => {
    // Formulas are independent hovers: forget equation numbers and \labels of earlier ones
    // (a second \label{x} would otherwise be an error).
    tex.parseOptions.tags.reset();
    const container = document.convert(source, {
      display,
      em: 16,
      ex: 8,
      containerWidth: 80 * 16,
    }) as LiteElement;
    return adaptor.innerHTML(container);
  };
}
