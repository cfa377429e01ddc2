/** "Did you mean" candidates by edit distance. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

export function closestIds(input: string, candidates: readonly string[], max = 2): string[] {
  return candidates
    .map((id) => ({ id, distance: editDistance(input, id) }))
    .filter(({ id, distance }) => distance <= Math.max(3, Math.floor(id.length / 3)) || id.includes(input))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, max)
    .map(({ id }) => id);
}
