import { goldenTable } from '../golden';
import { layoutCases } from './cases/layout';

goldenTable('spoken layout', layoutCases);
