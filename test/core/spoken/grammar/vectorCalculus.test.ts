import { goldenTable } from '../golden';
import { vectorCalculusCases } from './cases/vectorCalculus';

goldenTable('spoken vector calculus', vectorCalculusCases);
