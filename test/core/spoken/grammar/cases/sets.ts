import type { GoldenCase } from '../../golden';

export const setCases: GoldenCase[] = [
  ['x in the reals', String.raw`x \in \mathbb{R}`],
  ['x is an element of the integers', String.raw`x \in \mathbb{Z}`],
  ['n belongs to the natural numbers', String.raw`n \in \mathbb{N}`],
  ['q is in the rational numbers', String.raw`q \in \mathbb{Q}`],
  ['z is in the complex numbers', String.raw`z \in \mathbb{C}`],
  ['the positive integers', String.raw`\mathbb{Z}^{+}`],
  ['z is not a member of A', String.raw`z \notin A`],
  ['A is a subset of B', String.raw`A \subseteq B`],
  ['A union B', String.raw`A \cup B`],
  ['A intersection B', String.raw`A \cap B`],
  ['A set minus B', String.raw`A \setminus B`],
  ['the set of all x such that x is greater than 0', String.raw`\{x : x > 0\}`],
  [
    'the set of all x in the reals such that x squared equals 1',
    String.raw`\{x \in \mathbb{R} : x^2 = 1\}`,
  ],
  ['StartSet 1 comma 2 comma 3 EndSet', String.raw`\{1, 2, 3\}`],
  ['the empty set', String.raw`\emptyset`],
  ['for all x in A', String.raw`\forall x \in A`],
  ['the interval from 0 to 1, including 0 and 1', '[0, 1]'],
  ['the interval from a to b, not including a, but including b', '(a, b]'],
  ['the interval from 1 to infinity, including 1', String.raw`[1, \infty)`],
  ['the interval from 0 to 1, not including 0 or 1', '(0, 1)'],
  ['the point with coordinates 1 comma 2', '(1, 2)'],
];
