import type { Lexicon } from '../lexicon';

/**
 * The lookups the drug checks need, kept small so the checks do not depend on how
 * the lexicon is stored. Names are matched case-insensitively.
 */
export interface DrugNames {
  isKnown(name: string): boolean;
  /** The active ingredients of a brand (lower case, one entry per ingredient); [] for a generic or unknown name. */
  genericsOf(brand: string): string[];
  /** True when the name is a generic (active substance) name. */
  isGeneric(name: string): boolean;
  /** Every known name, as written in the lexicon (brands capitalised). */
  names(): Iterable<string>;
}

/** A DrugNames over explicit rows: name -> generic ('' or the name itself for a generic; `a+b` for combinations). */
export function drugNamesFromPairs(pairs: Iterable<[string, string]>): DrugNames {
  const byName = new Map<string, { name: string; generics: Set<string>; generic: boolean }>();
  for (const [name, generic] of pairs) {
    const key = name.toLowerCase();
    let entry = byName.get(key);
    if (!entry) byName.set(key, (entry = { name, generics: new Set(), generic: false }));
    const g = generic.toLowerCase();
    if (g === '' || g === key) entry.generic = true;
    else for (const part of g.split('+')) entry.generics.add(part.trim());
  }
  return {
    isKnown: (n) => byName.has(n.toLowerCase()),
    genericsOf: (n) => [...(byName.get(n.toLowerCase())?.generics ?? [])],
    isGeneric: (n) => byName.get(n.toLowerCase())?.generic ?? false,
    names: () => [...byName.values()].map((e) => e.name),
  };
}

/** Lexicon methods the drug helper may provide; probed so the checks work before and after they land. */
interface LexiconLookups {
  entries?: () => Iterable<{ name: string; generic?: string; kind?: string }>;
}

/** The bundled lexicon plus the user's extra drugs as DrugNames. */
export function drugNamesFrom(lexicon: Lexicon | undefined, extra: Record<string, string> = {}): DrugNames {
  const rows: [string, string][] = [];
  const lookups = lexicon as (Lexicon & LexiconLookups) | undefined;
  for (const e of lookups?.entries?.() ?? []) rows.push([e.name, e.kind === 'generic' ? '' : (e.generic ?? '')]);
  for (const [name, generic] of Object.entries(extra)) rows.push([name, generic]);
  return drugNamesFromPairs(rows);
}
