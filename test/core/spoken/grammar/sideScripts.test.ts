import { goldenTable } from '../golden';

goldenTable('spoken scripts on both sides', [
  ['left sub n left super m T right sub i right super j', '{}_{n}^{m}T_{i}^{j}'],
  ['left super 2 H', '{}^{2}H'],
  ['left sub 0; F right sub 1', '{}_{0}F_{1}'],
  ['left sub a left super b y; right super c', '{}_{a}^{b}y^{c}'],
  ['left sub k x plus 1', '{}_{k}x + 1'],
]);
