import { goldenTable } from '../golden';
import { evaluationCases } from './cases/evaluation';

goldenTable('spoken evaluation bars', evaluationCases);
