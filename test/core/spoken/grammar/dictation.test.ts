import { goldenTable } from '../golden';
import { dictationCases } from './cases/dictation';

goldenTable('spoken dictation', dictationCases);
