import { goldenTable } from '../golden';
import { groupingCases } from './cases/grouping';

goldenTable('spoken grouping', groupingCases);
