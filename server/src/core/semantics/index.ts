export {
  compareLatex,
  compareTrees,
  warmUpEquivalence,
  type CompareLatexOptions,
  type CompareLatexResult,
  type UnreadPart,
} from './compareLatex';
export { evaluateLatex, type EvaluateLatexResult } from './evaluateLatex';
export { formatNumber, formatValue, formatPair } from './format';
