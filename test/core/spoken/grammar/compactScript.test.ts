import { goldenTable } from '../golden';
import { compactScriptCases } from './cases/compactScript';

goldenTable('spoken compactScript', compactScriptCases);
