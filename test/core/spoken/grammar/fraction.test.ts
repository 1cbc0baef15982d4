import { goldenTable } from '../golden';
import { fractionCases } from './cases/fraction';

goldenTable('spoken fraction', fractionCases);
