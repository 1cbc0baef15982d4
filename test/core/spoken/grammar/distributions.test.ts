import { goldenTable } from '../golden';
import { distributionCases } from './cases/distributions';

goldenTable('spoken distributions', distributionCases);
