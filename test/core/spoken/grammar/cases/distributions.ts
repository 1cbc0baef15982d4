import type { GoldenCase } from '../../golden';

export const distributionCases: GoldenCase[] = [
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
