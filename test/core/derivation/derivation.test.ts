import { strict as assert } from 'node:assert';
import { loadFixtureDerivations } from '../../../bench/derivationFixtures';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkDerivations, derivationFindings } from '../../../server/src/core/derivation';
import { scanDocument } from '../../../server/src/core/regions/scannedDocument';

/** Status of every step, in order; a slow budget because verdicts, not speed, are tested here. */
function statuses(latex: string): string[] {
  const results = checkDerivations(latex, scanDocument('latex', latex), {
    stepBudgetMs: 5000,
    formulaBudgetMs: 60_000,
  });
  return results.flatMap((result) => result.steps.map((step) => step.status));
}

function align(body: string): string {
  return `\\begin{align*}\n${body}\n\\end{align*}`;
}

describe('derivations: step verdicts', () => {
  const cases: [string, string, string[]][] = [
    [
      'a continued identity',
      align(String.raw`(x+1)^2 &= x^2 + 2x + 1 \\ &= x(x + 2) + 1`),
      ['verified', 'verified'],
    ],
    [
      'a dropped term',
      align(String.raw`(x+1)^2 &= x^2 + 2x + 1 \\ &= x^2 + 1`),
      ['verified', 'refuted'],
    ],
    [
      'a chain on one row',
      String.raw`\[ (a-b)(a+b) = a^2 - ab + ab - b^2 = a^2 - b^2 \]`,
      ['verified', 'verified'],
    ],
    [
      'a wrong sign in a chain',
      String.raw`\[ (a-b)^2 = a^2 - 2ab + b^2 = a^2 + 2ab + b^2 \]`,
      ['verified', 'refuted'],
    ],
    [
      'first equation is a premise',
      align(String.raw`x^2 + y^2 &= 1 \\ y^2 &= 1 - x^2`),
      ['given', 'verified'],
    ],
    [
      'symbol definitions are substituted',
      align(String.raw`y &= 3x + 2 \\ \frac{dy}{dx} &= 3`),
      ['given', 'verified'],
    ],
    [
      'a wrong derivative',
      align(String.raw`y &= x^3 \\ \frac{dy}{dx} &= 3x`),
      ['given', 'refuted'],
    ],
    [
      'derivatives written with a slash',
      align(String.raw`y &= x^3 \\ dy/dx &= 3x^2 \\ d(x^2)/dx &= 2x \\ d^2y/dx^2 &= 3x`),
      ['given', 'verified', 'verified', 'refuted'],
    ],
    [
      'f applied to a number is a number, not f·0 (which made the second step an identity)',
      String.raw`\[ 2f(0) = f(0) + f(0) = 0 \]`,
      ['verified', 'refuted'],
    ],
    [
      'a wrong derivative off by a constant (no integration constant makes it right)',
      align(String.raw`y &= x^3 \\ \frac{dy}{dx} &= 3x^2 + 1`),
      ['given', 'refuted'],
    ],
    [
      'integrating both sides introduces a constant',
      align(String.raw`f'(x) &= 6x^2 && \text{given} \\ f(x) &= 2x^3 + C && \text{integrate}`),
      ['given', 'verified'],
    ],
    [
      'implicit differentiation with primes',
      align(String.raw`x^2 + y^2 &= 1 \\ 2x + 2y y' &= 0 \\ y' &= -\frac{x}{y}`),
      ['given', 'verified', 'verified'],
    ],
    [
      'a wrong implicit derivative',
      align(String.raw`x^2 + y^2 &= 1 \\ 2x + 2y y' &= 1`),
      ['given', 'refuted'],
    ],
    [
      'implicit differentiation with dy/dx',
      align(
        String.raw`x^2 + y^2 &= 25 \\ 2x + 2y\frac{dy}{dx} &= 0 \\ \frac{dy}{dx} &= -\frac{x}{y}`,
      ),
      ['given', 'verified', 'verified'],
    ],
    [
      'primes of a defined symbol',
      align(String.raw`y &= x^3 \\ y' &= 3x^2 \\ y'' &= 6 x^2`),
      ['given', 'verified', 'refuted'],
    ],
    [
      'limits with a removable singularity',
      String.raw`\[ \lim_{x \to 2} \frac{x^2 - 4}{x - 2} = \lim_{x \to 2} \frac{(x - 2)(x + 2)}{x - 2} = \lim_{x \to 2} (x + 2) = 4 \]`,
      ['verified', 'verified', 'verified'],
    ],
    [
      'a first equation between numbers is a claim, not a premise',
      String.raw`\[ \int_0^{2} \left(3t^2 - 2t\right) dt = \left[t^3 - 2t^2\right]_0^{2} = 8 - 8 = 0 \]`,
      ['refuted', 'verified', 'verified'],
    ],
    [
      'function definitions',
      align(String.raw`f(x) &= x^2 + 1 \\ f(2) &= 5 \\ f(3) &= 9`),
      ['given', 'verified', 'refuted'],
    ],
    [
      'a system of equations',
      align(String.raw`x + y &= 5 \\ x - y &= 1 \\ 2x &= 6 \\ x &= 3`),
      ['given', 'given', 'verified', 'verified'],
    ],
    [
      'a wrong conclusion from a system',
      align(String.raw`x + y &= 5 \\ x - y &= 1 \\ 2x &= 6 \\ x &= 2`),
      ['given', 'given', 'verified', 'refuted'],
    ],
    [
      'a cancelled factor that may be zero',
      align(String.raw`x^2 &= x \\ x &= 1`),
      ['given', 'refuted'],
    ],
    [
      'implications',
      String.raw`\[ 2x + 1 = 5 \implies 2x = 4 \implies x = 2 \]`,
      ['given', 'given', 'verified', 'given', 'verified'],
    ],
    [
      'a wrong implication',
      String.raw`\[ x^2 = 4 \implies x = 2 \]`,
      ['given', 'given', 'unknown'],
    ],
    [
      'kinematics with definitions',
      align(String.raw`v &= v_0 + a t \\ s &= v_0 t + \tfrac{1}{2} a t^2 \\ v^2 &= v_0^2 + 2 a s`),
      ['given', 'given', 'verified'],
    ],
    ['an indefinite integral up to a constant', align(String.raw`\int 2x \, dx &= x^2 + C`), []],
    [
      'an integral chain',
      align(String.raw`\int_0^1 x^2 \, dx &= \left. \frac{x^3}{3} \right|_0^1 \\ &= \frac{1}{3}`),
      ['verified', 'verified'],
    ],
    ['a wrong constant', align(String.raw`\int_0^1 x^2 \, dx &= \frac{1}{2}`), []],
    [
      'an inequality proved: the gap is a sum of squares',
      align(String.raw`x^2 + 1 &\ge 2x \\ &\ge 2x - 1`),
      ['verified', 'verified'],
    ],
    [
      'an inequality with neither a counterexample nor a proof',
      align(String.raw`e^x &\ge 1 + x \\ &\ge x`),
      ['unknown', 'verified'],
    ],
    [
      'a false inequality',
      align(String.raw`(x - 1)^2 &\ge 0 \\ x^2 + 1 &\ge 3x`),
      ['verified', 'refuted'],
    ],
    [
      'a sign the text assumes',
      align(String.raw`\sqrt{x^2} + 1 &= x + 1 \\ &= 1 + x`),
      ['given', 'verified'],
    ],
    [
      'positive-only step is unknown',
      align(String.raw`a &= \sqrt{x^2} \\ &= x`),
      ['given', 'unknown'],
    ],
    [
      'justification after &&',
      align(String.raw`(x+1)^2 &= x^2 + 2x + 1 && \text{expand} \\ &= x^2 + 2x + 2 && \text{oops}`),
      ['verified', 'refuted'],
    ],
    [
      'rows broken inside an expression',
      align(String.raw`(x + 1)^3 &= x^3 + 3x^2 \\ &\quad + 3x + 1 \\ &= (1 + x)^3`),
      ['verified', 'verified'],
    ],
    [
      'the product rule with a function written a(x) on both sides',
      align(
        String.raw`\frac{d}{dx}\left(x^2 a(x)\right) &= 2x a(x) + x^2 \frac{d}{dx} a(x) \\ &= x^2 \frac{d}{dx} a(x) + 2 x a(x)`,
      ),
      ['verified', 'verified'],
    ],
    [
      'a row opened by a hypothesis is given, one opened by "so" is checked',
      align(String.raw`x &= 2 \\ \text{If } y &> 7 \\ \text{so } x^2 &= 5`),
      ['given', 'given', 'refuted'],
    ],
  ];
  for (const [name, latex, expected] of cases) {
    it(name, () => assert.deepEqual(statuses(latex), expected));
  }
});

describe('derivations: no false alarms on statements', () => {
  const cases: [string, string][] = [
    ['modules', String.raw`\[ M = N = 0 \]`],
    ['type theory', String.raw`\[ \mathsf{refl}_x = p = q \]`],
    ['typing judgements', String.raw`\[ p : f(x) = b = c \]`],
    ['maps', String.raw`\[ f = g \circ h = k \]`],
    ['independent equations', String.raw`\[ x = 1, \quad y = 2, \quad u = v = 0 \]`],
    ['facts in prose', String.raw`Then $q - y < r < x$ for some $r$.`],
    [
      'a function application that looks like a product',
      String.raw`\[ R(a,c) = f(q(a))(c) = f(q(b))(c) = R(b,c) \]`,
    ],
    [
      'composition of functors',
      String.raw`\[ (G\epsilon F)(\eta G F)\eta = (G\epsilon F)(G F\eta)\eta = 1_G \]`,
    ],
    ['a text-only row', align(String.raw`\text{and so on} \\ a &= b`)],
    ['congruences', align(String.raw`2^5 &\equiv 2 \pmod{5} \\ &\equiv 7 \pmod 5`)],
    ['an empty align', align('')],
  ];
  for (const [name, latex] of cases) {
    it(name, () => assert.ok(!statuses(latex).includes('refuted'), statuses(latex).join(', ')));
  }
});

describe('derivations: findings', () => {
  it('a refuted step is an error at the step with the counterexample and its premises', () => {
    const latex = align(String.raw`y &= x^3 \\ \frac{dy}{dx} &= 3x`);
    const results = checkDerivations(latex, scanDocument('latex', latex), { stepBudgetMs: 5000 });
    const [finding] = derivationFindings(results);
    assert.equal(finding.code, 'derivation.step-refuted');
    assert.equal(latex.slice(finding.start, finding.end), String.raw`\frac{dy}{dx} &= 3x`);
    assert.match(finding.message, /at x = [-\d.e]+: left [-\d.e]+, right [-\d.e]+/);
    assert.equal(latex.slice(finding.related![0].start, finding.related![0].end), 'y &= x^3');
  });

  it('unknown computations are hints, unchecked statements are not reported', () => {
    const latex =
      align(String.raw`e^x &\ge 1 + x \\ e^{2x} &\ge 1 + 2x`) + String.raw` \[ M = N = 0 \]`;
    const findings = derivationFindings(checkDerivations(latex, scanDocument('latex', latex)));
    assert.deepEqual(
      findings.map((f) => f.code),
      ['derivation.step-unknown', 'derivation.step-unknown'],
    );
  });

  it('a formula with one relation is not a derivation', () => {
    assert.deepEqual(statuses(String.raw`\[ E = mc^2 \]`), []);
  });

  it('bad input never throws', () => {
    for (const latex of [
      align(String.raw`&= &= \\ && \\ = = =`),
      align(String.raw`\frac{ &= 1`),
      align('x '.repeat(5000) + '= 1 \\\\ &= 2'),
      align(String.raw`a &= b \\`.repeat(300)),
      String.raw`\[ \cdots = \ldots \]`,
    ]) {
      assert.doesNotThrow(() => statuses(latex));
    }
  });
});

describe('derivations: approximations', () => {
  const cases: [string, string[]][] = [
    [String.raw`\pi &\approx 3.14159 \\ \sqrt{2} &\approx 1.41421`, ['verified', 'verified']],
    [String.raw`\pi &\approx 3.15 \\ e &\approx 2.718`, ['unknown', 'verified']],
    [String.raw`x &\approx 2 \\ y &\approx 3`, ['unknown', 'unknown']],
  ];
  for (const [body, expected] of cases) {
    it(body, () => assert.deepEqual(statuses(align(body)), expected));
  }
});

describe('derivations: the fixture corpora', () => {
  for (const folder of ['derivations', 'derivations-holdout']) {
    it(`${folder}: no internal error, and no step refuted outside the lines marked wrong`, () => {
      const directory = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', folder);
      const budgets = { stepBudgetMs: 5000, formulaBudgetMs: 60_000 };
      for (const derivation of loadFixtureDerivations(directory, budgets)) {
        derivation.steps.forEach((step, k) => {
          const where = `${derivation.file} ${derivation.id} (${derivation.version}) step ${k + 1}`;
          assert.doesNotMatch(step.reason, /internal error/, `${where}: ${step.reason}`);
          if (step.status === 'refuted')
            assert.ok(derivation.wrong.includes(k), `${where} refuted: ${step.reason}`);
        });
      }
    });
  }
});
