import type { GoldenCase } from '../../golden';

export const accentCases: GoldenCase[] = [
  ['x bar', String.raw`\bar{x}`],
  ['x hat', String.raw`\hat{x}`],
  ['x dot', String.raw`\dot{x}`],
  ['x tilde', String.raw`\tilde{x}`],
  ['vector v', String.raw`\vec{v}`],
  ['v vector', String.raw`\vec{v}`],
  ['x bar plus y bar', String.raw`\bar{x} + \bar{y}`],
  ['the complex conjugate of z', String.raw`\bar{z}`],
  ['hat n', String.raw`\hat{n}`],
  ['ModifyingAbove x With bar', String.raw`\bar{x}`],
  ['ModifyingAbove upper G upper H With bar', String.raw`\bar{GH}`],
  ['blackboard bold R', String.raw`\mathbb{R}`],
  ['mathcal F', String.raw`\mathcal{F}`],
  ['bold v', String.raw`\mathbf{v}`],
  ['x dot y', String.raw`x \cdot y`],
  ['the line segment P Q', String.raw`\bar{P Q}`],
  ['line segment A prime B, equals 3', String.raw`\bar{A^{'} B} = 3`],
];
