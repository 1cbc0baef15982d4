import { goldenTable } from '../golden';
import { texScriptCases } from './cases/texScript';

goldenTable('spoken texScript', texScriptCases);
