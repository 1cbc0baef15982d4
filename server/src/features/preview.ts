import { RequestType, type Connection } from 'vscode-languageserver';
import { formulaAt, katexSourceOf } from '../core/hover/formulaAt';
import {
  previewRequest,
  renderRequest,
  type PreviewContent,
  type PreviewParams,
  type PreviewStep,
  type RenderParams,
  type RenderResult,
} from '../protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkRegion } from '../core/derivation';
import { parserDefinitions } from '../core/macros/parserMacros';
import type { MathRegion } from '../core/regions/types';
import type { Session } from '../session/session';

/**
 * The formula's checked steps: one formula, checked as the diagnostics check it (the results are
 * cached per formula and context, so this is usually a look-up).
 */
function previewSteps(
  session: Session,
  uri: string,
  document: TextDocument,
  region: MathRegion,
): PreviewStep[] {
  if (!session.settings.derivations.enable) return [];
  const text = document.getText();
  const context = session.mathContext(uri);
  const derivation = checkRegion(text, region, {
    definitions: parserDefinitions(context),
    contextKey: context.key,
    formulaBudgetMs: 400,
  });
  return (derivation?.steps ?? []).flatMap((step) =>
    step.status === 'given'
      ? []
      : [
          {
            status: step.status,
            line: document.positionAt(step.start).line,
            latex: text.slice(step.start, step.end).replace(/\s+/g, ' ').trim(),
            reason: step.reason,
          },
        ],
  );
}

const previewType = new RequestType<PreviewParams, PreviewContent | null, void>(previewRequest);
const renderType = new RequestType<RenderParams, RenderResult, void>(renderRequest);

/**
 * The preview panel's two requests: the formula under the cursor rendered as KaTeX HTML (the
 * nearest one before the cursor when it is in text, so the panel does not flicker), and one
 * formula in another format for the copy actions.
 */
export function registerPreview(connection: Connection, session: Session): void {
  connection.onRequest(previewType, ({ uri, position }): PreviewContent | null => {
    const open = session.documents.get(uri);
    if (!open) return null;
    const { text, scan } = open.scanned;
    const offset = open.document.offsetAt(position);
    const formula = formulaAt(text, scan, offset, session.mathContext(uri), true);
    if (!formula) return null;
    const range = {
      start: open.document.positionAt(formula.region.start),
      end: open.document.positionAt(formula.region.end),
    };
    const rendered = session.renderMarkup(uri, formula, 'htmlAndMathml');
    const steps = previewSteps(session, uri, open.document, formula.region);
    return {
      uri,
      range,
      latex: formula.latex,
      display: formula.display,
      ...(rendered.ok ? { html: rendered.markup } : { error: rendered.message }),
      ...(steps.length > 0 ? { steps } : {}),
    };
  });

  connection.onRequest(renderType, (params): RenderResult => {
    if (typeof params?.latex !== 'string' || typeof params.uri !== 'string')
      return { error: 'A render request needs uri and latex.' };
    const formula = {
      katexSource: katexSourceOf(params.latex, session.mathContext(params.uri)),
      display: params.display === true,
    };
    if (params.format === 'svg') {
      const result = session.renderSvg(params.uri, formula);
      if (result.kind === 'svg')
        return { text: result.images.map((image) => image.svg).join('\n') };
      return { error: result.message };
    }
    const rendered = session.renderMarkup(
      params.uri,
      formula,
      params.format === 'mathml' ? 'mathml' : 'html',
    );
    return rendered.ok ? { text: rendered.markup } : { error: rendered.message };
  });
}
