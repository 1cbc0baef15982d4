/**
 * "Did you mean": the known names closest to an unknown one by Damerau-Levenshtein distance
 * (a swap of two neighbours counts once), at most a third of the name's length away. Candidates
 * come in tiers of preference that break ties of distance.
 */
export function closestNames(
  name: string,
  tiers: readonly (readonly string[])[],
  limit = 3,
): string[] {
  const budget = Math.max(1, Math.min(3, Math.floor((name.length - 1) / 3)));
  const scored: { candidate: string; distance: number; tier: number }[] = [];
  const seen = new Set<string>();
  tiers.forEach((candidates, tier) => {
    for (const candidate of candidates) {
      if (
        Math.abs(candidate.length - name.length) > budget ||
        candidate === name ||
        seen.has(candidate)
      )
        continue;
      seen.add(candidate);
      const distance = editDistance(name, candidate, budget);
      if (distance <= budget) scored.push({ candidate, distance, tier });
    }
  });
  scored.sort(
    (a, b) =>
      a.distance - b.distance || a.tier - b.tier || a.candidate.localeCompare(b.candidate, 'en'),
  );
  return scored.slice(0, limit).map((entry) => entry.candidate);
}

/** Optimal string alignment distance; returns budget + 1 as soon as it must exceed the budget. */
export function editDistance(a: string, b: string, budget = Infinity): number {
  const columns = b.length + 1;
  if (rows.length < 3 * columns) rows = new Int32Array(3 * columns * 2);
  // Three rolling rows in one buffer: two back (for transpositions), previous, current.
  let before = 0;
  let previous = columns;
  let current = 2 * columns;
  for (let j = 0; j < columns; j++) rows[previous + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[current] = i;
    let rowMinimum = i;
    for (let j = 1; j < columns; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        rows[previous + j] + 1,
        rows[current + j - 1] + 1,
        rows[previous + j - 1] + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, rows[before + j - 2] + 1);
      }
      rows[current + j] = value;
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > budget) return budget + 1;
    [before, previous, current] = [previous, current, before];
  }
  return rows[previous + columns - 1];
}

let rows = new Int32Array(192);
