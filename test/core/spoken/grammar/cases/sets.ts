import type { GoldenCase } from '../../golden';

export const setCases: GoldenCase[] = [
  // ClearSpeak's name for ℕ₀.
  ['x is a member of the natural numbers with zero', String.raw`x \in \mathbb{N}_{0}`],
  ['x in the reals', String.raw`x \in \mathbb{R}`],
  // A speaker who says capitals with "cap" says an intersection with "intersect".
  ['cap A cap B equals cap B cap A', 'AB = BA'],
  ['A cap B cap C', String.raw`A \cap B \cap C`],
  ['cap A intersect cap B', String.raw`A \cap B`],
  // A bare "is" after the condition's relation says something of the set.
  [
    'the supremum of the set of x such that x squared is less than 2 is root 2',
    String.raw`\sup \{x : x^2 < 2\} = \sqrt{2}`,
  ],
  // A complement is of the set said up to a relation.
  [
    'the complement of A intersect B equals A complement union B complement',
    String.raw`(A \cap B)^c = A^c \cup B^c`,
  ],
  // Capital R after a membership, or raised as a space, is ℝ; elsewhere a letter.
  ['for all x in R, x squared is at least 0', String.raw`\forall x \in \mathbb{R}, x^2 \geq 0`],
  ['A is in R to the n by n', String.raw`A \in \mathbb{R}^{n \times n}`],
  ['B of R to the power of d', String.raw`B(\mathbb{R}^d)`],
  ['R equals 5', 'R = 5'],
  ['the sum over d dividing n of d', String.raw`\sum_{d \mid n} d`],
  // "is a subset of" says ⊆; the bare word "subset" names the symbol ⊂.
  ['A is a subset of B', String.raw`A \subseteq B`],
  ['sigma subset C', String.raw`\sigma \subset C`],
  ['x is an element of the integers', String.raw`x \in \mathbb{Z}`],
  ['r-two', String.raw`\mathbb{R}^{2}`],
  ['v is in c-n', String.raw`v \in \mathbb{C}^{n}`],
  ['z-three minus q-two', String.raw`\mathbb{Z}^{3} - \mathbb{Q}^{2}`],
  ['x belongs to r-infinity', String.raw`x \in \mathbb{R}^{\infty}`],
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
  ['the set of positive one and negative one', String.raw`\{+1, -1\}`],
  ['the set containing alpha and v', String.raw`\{\alpha, v\}`],
  ['the set containing u, v, and w', String.raw`\{u, v, w\}`],
  // A range of members is written with an ellipsis.
  ['j in the set 1 to K', String.raw`j \in \{1, \ldots, K\}`],
  ['the set from 1 to n', String.raw`\{1, \ldots, n\}`],
  ['the set of x to y squared', String.raw`\{x \to y^2\}`],
  ['the set of a and', String.raw`\{a\} \text{ and}`],
  ['the set of x and y such that x is less than y', String.raw`\{x, y : x < y\}`],
  ['the empty set', String.raw`\emptyset`],
  ['for all x in A', String.raw`\forall x \in A`],
  // After a quantifier's set, what is said next is the statement it quantifies.
  [
    'for all x in the reals x squared is greater than or equal to zero',
    String.raw`\forall x \in \mathbb{R}, x^2 \geq 0`,
  ],
  [
    'there exists n in the naturals n squared equals 4',
    String.raw`\exists n \in \mathbb{N}, n^2 = 4`,
  ],
  ['the interval from 0 to 1, including 0 and 1', '[0, 1]'],
  ['the open interval a b', '(a, b)'],
  // Ends said together are one operand each: what follows is the sentence's.
  [
    'there exists c in the open interval a b such that f prime of c equals 0',
    String.raw`\exists c \in (a, b) : f'(c) = 0`,
  ],
  // "through" between two ends of a run lists it; elsewhere it is a word.
  ['x sub 1 through x sub n', String.raw`x_1, \ldots, x_n`],
  ['i equals 1 through n', String.raw`i = 1, \ldots, n`],
  // …inside a function's argument too, the last end indexed as the first is.
  ['the span of v one through v n', String.raw`\operatorname{span}(v_1, \ldots, v_n)`],
  ['the max of x sub 1 through x sub n', String.raw`\max(x_1, \ldots, x_n)`],
  // The integers from one number to another are that set of them.
  ['the integers from 1 to n', String.raw`\{1, \ldots, n\}`],
  ['k is in the integers from 0 to n minus 1', String.raw`k \in \{0, \ldots, n - 1\}`],
  ['the line through A and B', String.raw`\text{line through } A \text{ and } B`],
  // Members end at a relation between sets; membership and comparisons stay inside.
  [
    'the set i comma ellipsis comma j is a proper subset of B',
    String.raw`\{i, \ldots, j\} \subset B`,
  ],
  ['the set containing a and b equals B', String.raw`\{a, b\} = B`],
  ['the set of x greater than 0', String.raw`\{x > 0\}`],
  ['the point with coordinates 3 comma 4 equals u', '(3, 4) = u'],
  ['the closed interval zero one', '[0, 1]'],
  ['the complement of A', 'A^c'],
  ['A complement intersect B complement', String.raw`A^c \cap B^c`],
  ['the interval from a to b, not including a, but including b', '(a, b]'],
  ['the interval from 1 to infinity, including 1', String.raw`[1, \infty)`],
  ['the interval from 0 to 1, not including 0 or 1', '(0, 1)'],
  ['the point with coordinates 1 comma 2', '(1, 2)'],
  [
    'the set of all n not belonging to B such that n is greater than 2',
    String.raw`\{ n \notin B : n > 2 \}`,
  ],
  // "the set" before a capital names it; said alone it is ClearSpeak's one-member set.
  ['x belongs to the set S', String.raw`x \in S`],
  ['y, z belong to set B', String.raw`y, z \in B`],
  ['the set A union the set B', String.raw`A \cup B`],
  ['the set B', String.raw`\{ B \}`],
  // A relation said after a pause is about the set, not a member.
  ['the set of a and b, which is a subset of I', String.raw`\{ a, b \} \subseteq I`],
  ['x, which is less than y', 'x < y'],
  ['B, which is a subset of I', String.raw`B \subseteq I`],
];
