import { goldenTable } from '../golden';
import { setCases } from './cases/sets';

goldenTable('spoken sets', setCases);
