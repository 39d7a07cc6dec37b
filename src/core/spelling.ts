/**
 * Near-miss search over a fixed list of names: a symmetric-delete index (the
 * idea behind SymSpell). Each name is indexed under itself and its one-letter
 * deletions; a query probes its own deletions up to two letters deep, then every
 * hit is verified with a bounded edit distance (adjacent swaps count as one edit).
 * That finds one substitution, insertion, deletion or swap, and two insertions;
 * two independent substitutions are not found, which keeps the index small.
 */

export interface Suggestion {
  /** The name as it was given to the index. */
  name: string;
  distance: number;
}

export interface SpellingIndex {
  /** Names within `maxDistance` (default 2) of `word`, nearest first; never `word` itself. Case-insensitive. */
  suggest(word: string, maxDistance?: number): Suggestion[];
  /** True when `word` is one of the indexed names (case-insensitive). */
  has(word: string): boolean;
}

export function createSpellingIndex(names: Iterable<string>): SpellingIndex {
  /** key (a name or a name less one letter) -> lower-case names. */
  const byKey = new Map<string, string[]>();
  /** lower-case name -> the name as given (first spelling wins). */
  const original = new Map<string, string>();
  const add = (key: string, name: string) => {
    const list = byKey.get(key);
    if (!list) byKey.set(key, [name]);
    else if (list[list.length - 1] !== name) list.push(name);
  };
  for (const name of names) {
    const lower = name.toLowerCase();
    if (original.has(lower)) continue;
    original.set(lower, name);
    add(lower, lower);
    for (const d of deletions(lower)) add(d, lower);
  }

  return {
    has: (word) => original.has(word.toLowerCase()),
    suggest(word, maxDistance = 2) {
      const lower = word.toLowerCase();
      const probes = new Set<string>([lower]);
      for (const d1 of deletions(lower)) {
        probes.add(d1);
        if (maxDistance >= 2) for (const d2 of deletions(d1)) probes.add(d2);
      }
      const found = new Map<string, number>();
      for (const p of probes) {
        for (const cand of byKey.get(p) ?? []) {
          if (cand === lower || found.has(cand)) continue;
          const d = editDistance(lower, cand, maxDistance);
          if (d <= maxDistance) found.set(cand, d);
        }
      }
      return [...found]
        .map(([cand, distance]) => ({ name: original.get(cand) ?? cand, distance }))
        .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name));
    },
  };
}

function deletions(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * Optimal-string-alignment distance between a and b, giving up (returning
 * max + 1) as soon as every cell of a row exceeds `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}
