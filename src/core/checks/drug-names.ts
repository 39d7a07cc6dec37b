import type { Lexicon } from '../lexicon';
import { BRAND_NAMES, GENERIC_NAMES } from '../data/lexicon-data';

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

/**
 * The bundled lexicon plus the user's extra drugs as DrugNames. Lookups go
 * through the Lexicon; the list of all names (for the spelling index) comes from
 * the bundled data, which the Lexicon does not enumerate.
 */
export function drugNamesFrom(lexicon: Lexicon | undefined, extra: Record<string, string> = {}): DrugNames {
  const lex = lexicon ? (Object.keys(extra).length ? lexicon.withExtra(extra) : lexicon) : undefined;
  const fallback = drugNamesFromPairs(Object.entries(extra));
  if (!lex) return fallback;
  const ingredients = (g: string | undefined) => (g ? g.split('+').map((p) => p.trim()).filter(Boolean) : []);
  return {
    isKnown: (n) => lex.get(n.toLowerCase()) !== undefined || lex.isStopped(n.toLowerCase()),
    genericsOf: (n) => {
      const e = lex.get(n.toLowerCase());
      return e?.kind === 'brand' ? ingredients(e.generic) : [];
    },
    isGeneric: (n) => lex.get(n.toLowerCase())?.kind === 'generic',
    *names() {
      for (const g of GENERIC_NAMES.split('\n')) yield g;
      for (const line of BRAND_NAMES.split('\n')) yield line.slice(line.startsWith('~') ? 1 : 0, line.indexOf('\t'));
      yield* Object.keys(extra);
    },
  };
}
