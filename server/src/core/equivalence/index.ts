export { compare } from './compare';
export { evaluateAt, type EvaluateOptions, type EvaluateResult } from './evaluateAt';
export type {
  CompareContext,
  CompareResult,
  ComplexValue,
  FunctionDefinition,
  PointValue,
} from './types';
