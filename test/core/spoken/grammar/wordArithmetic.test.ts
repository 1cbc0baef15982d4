import { goldenTable } from '../golden';
import { wordArithmeticCases } from './cases/wordArithmetic';

goldenTable('spoken arithmetic in words', wordArithmeticCases);
