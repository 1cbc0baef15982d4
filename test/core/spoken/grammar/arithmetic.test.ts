import { goldenTable } from '../golden';
import { arithmeticCases } from './cases/arithmetic';

goldenTable('spoken arithmetic', arithmeticCases);
