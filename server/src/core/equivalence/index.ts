export { compare } from './compare';
export type {
  CompareContext,
  CompareResult,
  ComplexValue,
  FunctionDefinition,
  PointValue,
} from './types';
