import { goldenTable } from '../golden';
import { markCases } from './cases/marks';

goldenTable('spoken marks (units, cancellation, repeating decimals, permutations)', markCases);
