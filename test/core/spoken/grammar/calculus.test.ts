import { goldenTable } from '../golden';
import { calculusCases } from './cases/calculus';

goldenTable('spoken calculus', calculusCases);
