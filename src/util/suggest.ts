import { distance } from 'fastest-levenshtein';

/**
 * The known name closest to a misspelt one, when it is close enough to be a likely typo
 * (at most a third of its letters differ); otherwise undefined.
 * @example closest('Europe/Dublinn', ['Europe/Dublin', 'Europe/Berlin']) // 'Europe/Dublin'
 * @example closest('banana', ['Europe/Dublin']) // undefined
 */
export function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= Math.max(1, Math.floor(name.length / 3)) ? best : undefined;
}
