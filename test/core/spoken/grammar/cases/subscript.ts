import type { GoldenCase } from '../../golden';

export const subscriptCases: GoldenCase[] = [
  // "naught" is the subscript zero of physics.
  ['x of t equals x naught plus v naught t', String.raw`x(t) = x_0 + v_0 t`],
  ['epsilon naught', String.raw`\epsilon_0`],
  ['x sub i', 'x_i'],
  ['x sub 1', 'x_1'],
  ['x sub i, plus 1', 'x_i + 1'],
  // Dictation says an index with its offset: "x sub n minus 1" is x_{n-1}; a number base takes none.
  ['x sub i plus 1', 'x_{i+1}'],
  ['a sub n minus 1 squared', 'a_{n-1}^2'],
  ['r sub j plus or minus 1 equals 1', String.raw`r_{j \pm 1} = 1`],
  // A letter with a power or script of its own after an index is the next factor.
  ['a sub n x to the n', String.raw`a_n x^n`],
  ['a sub i x sub j', String.raw`a_i x_j`],
  // After an ellipsis, the indexed letter said with a letter is the last term: x_n, not x n.
  ['x 1 plus x 2 plus dot dot dot plus x n', String.raw`x_1 + x_2 + \ldots + x_n`],
  ['a one, a two, dot dot dot, a n', String.raw`a_1, a_2, \ldots, a_n`],
  ['the set of x 1 comma dot dot dot comma x n', String.raw`\{x_1, \ldots, x_n\}`],
  ['x n, dot dot dot, x 1', String.raw`x n, \ldots, x_1`],
  // A comma typed between numbers without spaces lists inside the script, even within a list.
  ['g of e, m sub 1,1, m sub 1,2', String.raw`g(e, m_{1,1}, m_{1,2})`],
  ['w sub 1 plus 1', 'w_1 + 1'],
  ['x sub i plus 1 end sub', 'x_{i+1}'],
  // Closed by "end sub", indices said in a row stay in a row (MathSpeak's "Subscript n 1" is n₁).
  ['p sub i 1 end sub', 'p_{i1}'],
  // After a number, only an index letter is more index.
  ['y hat equals beta sub zero plus beta sub one x', String.raw`\hat{y} = \beta_0 + \beta_1 x`],
  ['x sub a plus b sub j end sub end sub', 'x_{a+b_j}'],
  ['x sub i sub j end sub end sub', 'x_{i_j}'],
  // The letter a sum runs over is an index after a letter.
  ['the sum over i of a i', String.raw`\sum_i a_i`],
  ['the sum from i equals 1 to n of x i y i', String.raw`\sum_{i=1}^n x_i y_i`],
  ['the sum over i of x i squared', String.raw`\sum_i x_i^2`],
  ['the sum over i of i squared', String.raw`\sum_i i^2`],
  // A list of indices already continued holds its last item before a relation; a symbol with its
  // own subscript after a comma is the next item of the outer list.
  ['A sub a, b, c, d equals 0', 'A_{a,b,c,d} = 0'],
  ['U sub p, x sub i, U sub p inverse equals x sub i', 'U_p, x_i, U_p^{-1} = x_i'],
  ['x Subscript n 1 Baseline', 'x_{n_1}'],
  ['x sub i plus y', 'x_i + y'],
  ['x sub i plus 1 squared', 'x_{i+1}^2'],
  ['a sub n plus b sub n', 'a_n + b_n'],
  ['x sub i j', 'x_{ij}'],
  // A figure after the first letter of a subscript is one more index; after a later letter, its own.
  ['Omega sub m zero', String.raw`\Omega_{m0}`],
  ['p sub i1', 'p_{i1}'],
  ['d sub G W 1', 'd_{G W_1}'],
  ['x sub i squared', 'x_i^2'],
  ['g sub D squared', 'g_D^2'],
  // Primes after a subscript's symbol are its own; said before "sub" they are the base's.
  ['a sub b prime', "a_{b'}"],
  ['h sub Y prime equals m sub Z double prime', "h_{Y'} = m_{Z''}"],
  ['a prime sub q', "a'_{q}"],
  ['G sub s prime r', "G_{s'r}"],
  ['n sub plus or minus is greater than 2', String.raw`n_{\pm} > 2`],
  ['x sub plus equals 1', 'x_{+} = 1'],
  ['T sub minus', 'T_{-}'],
  ['a sub b prime end sub', "a_{b'}"],
  // A dictated script is a few symbols; powers, scripts and "of" after it belong to the base.
  ['W sub R superscript R', 'W_R^R'],
  ['f sub z phi squared', String.raw`f_{z\phi}^2`],
  ['Gamma sub s of t sub 0', String.raw`\gamma_s(t_0)`],
  ['h sub L sub r', 'h_{L_r}'],
  ['d sub G W 1', 'd_{GW_1}'],
  ['D subscript 1 equals E', 'D_1 = E'],
  ['f sub theta hat', String.raw`f_{\hat\theta}`],
  ['r sub star', 'r_*'],
  ['j sub m n star', 'j_{mn}^*'],
  ['x Superscript m plus n', 'x^{m+n}'],
  ['x sub X sub H', 'x_{X_H}'],
  ['sigma sub 8 equals 0.8', String.raw`\sigma_8 = 0.8`],
  ['x Subscript i Baseline', 'x_i'],
  ['x Subscript i Baseline plus 1', 'x_i + 1'],
  ['a Subscript 2 comma 3', 'a_{2,3}'],
  ['x 1 plus x 2', 'x_1 + x_2'],
  ['upper T 0', 'T_0'],
  // …and after a primed letter.
  ['x prime 10', "x'_{10}"],
  ['pi 11', String.raw`\pi_{11}`],
  ['x subscript i end subscript', 'x_i'],
  ['p sub, x sub 1, squared', 'p_{x_1}^2'],
  // Items after a pause that are indices again join a dictated script as a comma list.
  ['sigma sub T, i squared', String.raw`\sigma_{T,i}^2`],
  ['E sub J, alpha beta equals 1', String.raw`E_{J,\alpha\beta} = 1`],
  // An offset after the pause, before a relation, starts the next clause.
  ['i in V sub j, i plus 1 in W', String.raw`i \in V_j, i + 1 \in W`],
  ['x sub zero, n', 'x_{0,n}'],
  ['x sub 1, x sub 2', 'x_1, x_2'],
  ['d of b sub 0, y is less than D', 'd(b_0, y) < D'],
  ['f of x, e sub 2, d, arrow s', String.raw`f(x, e_2, d) \to s`],
  // A said comma joins indices, unless the symbol after it has a script of its own.
  ['Gamma sub one comma two', String.raw`\gamma_{1,2}`],
  ['delta sub sigma comma tau', String.raw`\delta_{\sigma,\tau}`],
  // As a script, "eff" is the abbreviation (T_eff), not the spelled letter f.
  ['L sub eff', 'L_{eff}'],
  // Inside parentheses the comma lists the group's items.
  [
    'lambda open parenthesis tau sub c comma nu close parenthesis',
    String.raw`\lambda(\tau_c, \nu)`,
  ],
  ['s sub 1 comma s sub 2', 's_1, s_2'],
  // A capital after a lower-case index is the next factor.
  ['g sub mu nu R', String.raw`g_{\mu\nu} R`],
  // An operator word that cannot start an operand is the index's word; a relation phrase is not.
  ['T sub in equals T sub out', 'T_{in} = T_{out}'],
  ['G sub less than or equal to x', String.raw`G_{\leq x}`],
];
