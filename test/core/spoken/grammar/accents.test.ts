import { goldenTable } from '../golden';
import { accentCases } from './cases/accents';

goldenTable('spoken accents', accentCases);
