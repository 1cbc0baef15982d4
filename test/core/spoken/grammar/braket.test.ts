import { goldenTable } from '../golden';
import { braketCases } from './cases/braket';

goldenTable('spoken braket', braketCases);
