import type { GoldenCase } from '../../golden';

export const distributionCases: GoldenCase[] = [
  // Between a random variable and a distribution "tilde" is ∼; after ∼ a bare name lists its parameters.
  ['X sub i tilde N of 0 comma 1', 'X_i \\sim N(0, 1)'],
  [
    'X bar is distributed normal mu comma sigma squared over n',
    String.raw`\bar{X} \sim \mathcal{N}\left(\mu, \frac{\sigma^2}{n}\right)`,
  ],
  ['x tilde', String.raw`\tilde{x}`],
  ['the normal vector', String.raw`\text{normal vector}`],
  // An expectation's or variance's argument is a sum of random variables, or a scaled one's
  // linear transformation; a constant or another application after it is outside.
  ['E of X plus Y equals E of X plus E of Y', 'E(X + Y) = E(X) + E(Y)'],
  [
    'var of a X plus b equals a squared var of X',
    String.raw`\operatorname{Var}(aX + b) = a^2 \operatorname{Var}(X)`,
  ],
  ['E of X plus 1', 'E(X) + 1'],
  [
    'variance of X equals E of X squared minus the square of E of X',
    String.raw`\operatorname{Var}(X) = E(X^2) - (E(X))^2`,
  ],
  [
    'the normal distribution with mean mu and variance sigma squared',
    String.raw`\mathcal{N}(\mu, \sigma^2)`,
  ],
  [
    'X is normally distributed with mean mu and variance sigma squared',
    String.raw`X \sim \mathcal{N}(\mu, \sigma^2)`,
  ],
  [
    'X is distributed as normal with mean zero and variance one',
    String.raw`X \sim \mathcal{N}(0, 1)`,
  ],
  // 𝒩 takes the variance: a standard deviation said is squared.
  [
    'X is normally distributed with mean 0 and standard deviation 2',
    String.raw`X \sim \mathcal{N}(0, 2^2)`,
  ],
  ['Y is poisson distributed with rate lambda', String.raw`Y \sim \operatorname{Poisson}(\lambda)`],
  ['the binomial distribution with parameters n and p', String.raw`\operatorname{Bin}(n, p)`],
  ['X is normally distributed', String.raw`X \sim \mathcal{N}`],
  [
    'capital x is distributed normal with mean mu and variance sigma squared',
    String.raw`X \sim \mathcal{N}(\mu, \sigma^2)`,
  ],
  // Without parameters a name is no distribution.
  ['normal x', 'x'],
];
