import { goldenTable } from '../golden';
import { groupingCases, moreGroupingCases } from './cases/grouping';

goldenTable('spoken grouping', groupingCases);
goldenTable('spoken grouping: floors, pairs, intervals', moreGroupingCases);
