import { goldenTable } from '../golden';
import { dictatedExponentCases } from './cases/dictatedExponent';

goldenTable('spoken dictatedExponent', dictatedExponentCases);
