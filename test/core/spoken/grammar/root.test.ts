import { goldenTable } from '../golden';
import { rootCases } from './cases/root';

goldenTable('spoken root', rootCases);
