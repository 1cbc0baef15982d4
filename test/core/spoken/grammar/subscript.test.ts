import { goldenTable } from '../golden';
import { subscriptCases } from './cases/subscript';

goldenTable('spoken subscript', subscriptCases);
