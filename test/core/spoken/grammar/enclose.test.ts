import { goldenTable } from '../golden';

goldenTable('spoken enclosures', [
  ['enclosed with box 12', String.raw`\boxed{12}`],
  ['enclosed with box x plus 1 end enclosed equals y', String.raw`\boxed{x + 1} = y`],
  ['boxed a squared, plus b', String.raw`\boxed{a^2} + b`],
]);
