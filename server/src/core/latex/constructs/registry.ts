/** The explicit list of grammar constructs: every command the parser understands is here. */
import type { Construct } from '../parser';
import { accentConstruct } from './accents';
import { binomialConstruct } from './binomial';
import {
  bigDirectSumConstruct,
  bigIntersectionConstruct,
  bigTensorConstruct,
  bigUnionConstruct,
  productConstruct,
  sumConstruct,
  supremumConstruct,
  infimumConstruct,
} from './bigOperators';
import { integralConstruct, limitConstruct, partialConstruct } from './calculus';
import { bracketConstruct, leftRightConstruct } from './delimiters';
import { fractionConstruct } from './fraction';
import {
  declaredOperatorConstruct,
  namedFunctionConstruct,
  operatorNameConstruct,
} from './functions';
import { greekConstruct, infinityConstruct } from './greek';
import { environmentConstruct } from './matrices';
import { letterConstruct } from './scripts';
import { prescriptConstruct } from './prescripts';
import { sqrtConstruct } from './sqrt';
import { stackedConstruct } from './stacked';
import { markConstruct } from './marks';
import { angleConstruct } from './angle';
import {
  angleBracketConstruct,
  angstromConstruct,
  ellipsisConstruct,
  emptySetConstruct,
  fontSwitchConstruct,
  ketConstruct,
  placeholderConstruct,
} from './symbols';
import { textConstruct } from './text';
import { probabilityConstruct } from './probability';

export const CONSTRUCTS: readonly Construct[] = [
  letterConstruct,
  greekConstruct,
  infinityConstruct,
  accentConstruct,
  fractionConstruct,
  sqrtConstruct,
  binomialConstruct,
  bracketConstruct,
  leftRightConstruct,
  namedFunctionConstruct,
  operatorNameConstruct,
  declaredOperatorConstruct,
  integralConstruct,
  sumConstruct,
  productConstruct,
  bigUnionConstruct,
  bigIntersectionConstruct,
  bigDirectSumConstruct,
  bigTensorConstruct,
  supremumConstruct,
  infimumConstruct,
  limitConstruct,
  environmentConstruct,
  textConstruct,
  ellipsisConstruct,
  angleBracketConstruct,
  fontSwitchConstruct,
  prescriptConstruct,
  partialConstruct,
  stackedConstruct,
  markConstruct,
  angleConstruct,
  emptySetConstruct,
  placeholderConstruct,
  ketConstruct,
  probabilityConstruct,
  angstromConstruct,
];

export const REGISTRY: ReadonlyMap<string, Construct> = new Map(
  CONSTRUCTS.flatMap((construct) =>
    construct.commands.map((command) => [command, construct] as const),
  ),
);
