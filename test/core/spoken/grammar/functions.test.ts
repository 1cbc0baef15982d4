import { goldenTable } from '../golden';
import { functionCases } from './cases/functions';

goldenTable('spoken functions', functionCases);
