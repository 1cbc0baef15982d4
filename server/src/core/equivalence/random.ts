/** Seeded pseudo-random numbers (mulberry32): verdicts are reproducible for a given seed. */
export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Uniform in [lo, hi). */
export function uniform(rng: Rng, lo: number, hi: number): number {
  return lo + (hi - lo) * rng();
}

/** A coefficient in ±[0.3, 1.7] with three significant digits (never close to zero). */
export function coefficient(rng: Rng): number {
  const magnitude = Math.round(uniform(rng, 0.3, 1.7) * 1000) / 1000;
  return rng() < 0.5 ? -magnitude : magnitude;
}

/** Sampled value of one variable: log-uniform magnitude at three scales, sign per `positive`. */
export function sample(rng: Rng, index: number, positive: boolean, integer: boolean): number {
  if (integer) return 1 + Math.floor(rng() * 12);
  const ranges: [number, number][] = [
    [0.05, 0.5],
    [0.5, 2],
    [2, 20],
  ];
  const [lo, hi] = ranges[index % 3];
  const magnitude = Math.exp(uniform(rng, Math.log(lo), Math.log(hi)));
  return positive || rng() < 0.5 ? magnitude : -magnitude;
}
