import { goldenTable } from '../golden';
import { atomCases } from './cases/atoms';

goldenTable('spoken atoms', atomCases);
