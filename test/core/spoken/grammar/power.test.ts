import { goldenTable } from '../golden';
import { powerCases } from './cases/power';

goldenTable('spoken power', powerCases);
