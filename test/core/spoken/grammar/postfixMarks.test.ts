import { goldenTable } from '../golden';
import { postfixMarkCases } from './cases/postfixMarks';

goldenTable('spoken postfixMarks', postfixMarkCases);
