import type { GoldenCase } from '../../golden';

export const layoutCases: GoldenCase[] = [
  ['n choose k', String.raw`\binom{n}{k}`],
  // A count said with its offset is counted whole, and the chosen one's offset goes with it.
  [
    'n minus 1 choose k minus 1 plus n minus 1 choose k',
    String.raw`\binom{n-1}{k-1} + \binom{n-1}{k}`,
  ],
  ['n plus 1 choose 2', String.raw`\binom{n+1}{2}`],
  ['x plus n choose k', String.raw`x + \binom{n}{k}`],
  ['n choose k minus 1', String.raw`\binom{n}{k} - 1`],
  ['the sum from k equals 0 to n of n choose k', String.raw`\sum_{k=0}^{n} \binom{n}{k}`],
  // What is chosen is one factor, or a number's multiple of a letter.
  ['n choose k p to the k', String.raw`\binom{n}{k} p^k`],
  ['2 n choose 2 k', String.raw`\binom{2n}{2k}`],
  // Words before the count name it; "choose" without both sides is the word.
  ['the binomial coefficient n choose two', String.raw`\text{binomial coefficient } \binom{n}{2}`],
  ['n choose', String.raw`n \text{ choose}`],
  ['StartBinomialOrMatrix n Choose k EndBinomialOrMatrix', String.raw`\binom{n}{k}`],
  [
    'the 2 by 2 matrix. Row 1: a, b Row 2: c, d',
    String.raw`\begin{pmatrix} a & b \\ c & d \end{pmatrix}`,
  ],
  [
    'the 2 by 2 matrix. Row 1: 2, 1 Row 2: 7, 5',
    String.raw`\begin{pmatrix} 2 & 1 \\ 7 & 5 \end{pmatrix}`,
  ],
  [
    'the 2 by 2 matrix with rows a, b and c, d',
    String.raw`\begin{pmatrix} a & b \\ c & d \end{pmatrix}`,
  ],
  [
    'the two by two matrix with rows a b and c d',
    String.raw`\begin{pmatrix} a & b \\ c & d \end{pmatrix}`,
  ],
  // Without a size, the rows say it.
  ['the matrix with rows a b and c d', String.raw`\begin{pmatrix} a & b \\ c & d \end{pmatrix}`],
  // Rows said between commas as products of one width; a vector said with its shape.
  [
    'the matrix with rows a b c, d e f, g h i',
    String.raw`\begin{pmatrix} a & b & c \\ d & e & f \\ g & h & i \end{pmatrix}`,
  ],
  ['the matrix a b, c d', String.raw`\begin{pmatrix} a & b \\ c & d \end{pmatrix}`],
  ['the column vector x, y, z', String.raw`\begin{pmatrix} x \\ y \\ z \end{pmatrix}`],
  ['the row vector 1, 2, 3', String.raw`\begin{pmatrix} 1 & 2 & 3 \end{pmatrix}`],
  [
    'the matrix with rows 1, 2, 3 and 4, 5, 6',
    String.raw`\begin{pmatrix} 1 & 2 & 3 \\ 4 & 5 & 6 \end{pmatrix}`,
  ],
  // A size with no entries, or with the matrix's name, is no matrix of entries.
  ['the 3 by 3 identity matrix', 'I_3'],
  ['the 2 by 2 matrix', String.raw`2 \times 2 \text{ matrix}`],
  ['a 2 by 3 matrix A', 'A'],
  ['the identity matrix I sub n', 'I_n'],
  // A relation after the last entry is said of the matrix.
  [
    'the determinant of the two by two matrix with rows a b and c d equals a d minus b c',
    String.raw`\begin{vmatrix} a & b \\ c & d \end{vmatrix} = ad - bc`,
  ],
  // Entries said one after another fill the rows.
  ['the 2 by 2 matrix 1 2 3 4', String.raw`\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}`],
  ['the 2 by 2 matrix 1, 2, 3, 4', String.raw`\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}`],
  ['the 1 by 3 matrix 1, 2, 3 equals v', String.raw`\begin{pmatrix} 1 & 2 & 3 \end{pmatrix} = v`],
  [
    'the 2 by 3 matrix with rows 1 2 3 and x y z',
    String.raw`\begin{pmatrix} 1 & 2 & 3 \\ x & y & z \end{pmatrix}`,
  ],
  [
    'the 2 by 2 matrix. Row 1: Column 1, 2; Column 2, 1. Row 2: Column 1, 7; Column 2, 5 plus x',
    String.raw`\begin{pmatrix} 2 & 1 \\ 7 & 5 + x \end{pmatrix}`,
  ],
  ['the 3 by 1 column matrix. 1, 2, 3', String.raw`\begin{pmatrix} 1 \\ 2 \\ 3 \end{pmatrix}`],
  ['the 1 by 2 row matrix. 3, 5', String.raw`\begin{pmatrix} 3 & 5 \end{pmatrix}`],
  [
    'the 2 by 2 determinant. Row 1: a, b Row 2: c, d',
    String.raw`\begin{vmatrix} a & b \\ c & d \end{vmatrix}`,
  ],
  // The determinant of written entries is written with bars.
  [
    'the determinant of the 2 by 2 matrix. Row 1: 2, 1 Row 2: 7, 5',
    String.raw`\begin{vmatrix} 2 & 1 \\ 7 & 5 \end{vmatrix}`,
  ],
  [
    'Start 2 By 2 Matrix 1st Row 1st Column a 2nd Column b 2nd Row 1st Column c 2nd Column d EndMatrix',
    String.raw`\begin{pmatrix} a & b \\ c & d \end{pmatrix}`,
  ],
  [
    '2 lines, Line 1: x plus y; equals; 7. Line 2: 2 x, plus 3 y; equals; 17',
    String.raw`\begin{matrix} x + y & = & 7 \\ 2x + 3y & = & 17 \end{matrix}`,
  ],
  [
    '3 lines, x is greater than 0. y is greater than 0. x plus y is less than 1',
    String.raw`\begin{matrix} x > 0 \\ y > 0 \\ x + y < 1 \end{matrix}`,
  ],
  [
    '2 lines, Line 1: Step 1 colon a equals b. Line 2: Step 2 colon b equals c',
    String.raw`\begin{matrix} \text{Step 1}: a = b \\ \text{Step 2}: b = c \end{matrix}`,
  ],
  [
    'Line 1: Case 4 colon, p plus q equals 1. Line 2: Case 5 colon, p equals 0',
    String.raw`\begin{matrix} \text{Case 4}: & p + q = 1 \\ \text{Case 5}: & p = 0 \end{matrix}`,
  ],
  [
    '2 lines, Line 1: a, minus, b, equals, 3. Line 2: 5 a, plus 2 b, equals, c',
    String.raw`\begin{matrix} a & - & b & = & 3 \\ 5a + 2b & = & c \end{matrix}`,
  ],
  [
    '2 lines, Line 1: 2 y, equals, 4, blank. Line 2: blank, y, equals, 2',
    String.raw`\begin{matrix} 2y & = & 4 & \\ & y & = & 2 \end{matrix}`,
  ],
  [
    '2 lines, a; equals; b. blank; equals; c',
    String.raw`\begin{matrix} a & = & b \\ & = & c \end{matrix}`,
  ],
  [
    '2 lines, Line 1:, 2 lines, Line 1: p. Line 2: q. Line 2: r',
    String.raw`\begin{matrix} \begin{matrix} p \\ q \end{matrix} \\ r \end{matrix}`,
  ],
  [
    'Start 2 By 2 Determinant 1st Row p q 2nd Row r s EndDeterminant',
    String.raw`\begin{vmatrix} p & q \\ r & s \end{vmatrix}`,
  ],
  [
    'StartLayout Enlarged left brace 1st Row 1st Column 1 2nd Column t greater than 0 2nd Row 1st Column 0 2nd Column t less than or equals 0 EndLayout',
    String.raw`\left\{ \begin{matrix} 1 & t > 0 \\ 0 & t \leq 0 \end{matrix} \right.`,
  ],
  // Cases are a brace's: each a value and, from "if", "for" or "otherwise" on, its condition.
  [
    'f of x, equals, 2 cases, Case 1: negative x if x is less than 0. Case 2: x if x is greater than or equal to 0',
    String.raw`f(x) = \begin{cases} -x & \text{if } x < 0 \\ x & \text{if } x \geq 0 \end{cases}`,
  ],
  [
    'f of x equals 2 cases, Case 1: 1, if x is greater than 0. Case 2: 0 otherwise',
    String.raw`f(x) = \begin{cases} 1 & \text{if } x > 0 \\ 0 & \text{otherwise} \end{cases}`,
  ],
  // …with or without case labels.
  [
    'f of x, equals, 2 cases, negative x if x is less than 0. x if x is greater than or equal to 0',
    String.raw`f(x) = \begin{cases} -x & \text{if } x < 0 \\ x & \text{if } x \geq 0 \end{cases}`,
  ],
];
