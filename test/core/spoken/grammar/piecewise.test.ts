import { goldenTable } from '../golden';
import { piecewiseCases } from './cases/piecewise';

goldenTable('spoken piecewise definitions', piecewiseCases);
