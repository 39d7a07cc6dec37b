import type { Fact } from '../facts';
import type { Check } from './context';
import type { DrugNames } from './drug-names';

/**
 * drug-pairing: a brand written with a generic in brackets, or the other way round
 * ("Rilutek (edaravone)", "edaravone (Rilutek)", "edaravone, marketed as Rilutek"),
 * where the lexicon knows the brand and says that generic is none of its ingredients.
 * Only lexicon brands and lexicon generics are judged: a name the lexicon does not
 * know, or two brands, never give a finding.
 */

/** What may stand between the two names of a pair. */
const JOINERS = [/^\s*\(\s*$/, /^\s*\(\s*(?:marketed|sold|branded) as\s+$/i, /^\s*,\s*(?:marketed|sold) as\s+$/i, /^\s*\(\s*brand name:?\s+$/i];

const CLASS_USE = /\b(?:a|an|synthetic|type of|form of|kind of)\s+$/i;
const CLOSES = /^[\u00ae\u2122]?\s*\)/;

export const drugPairing: Check = (ctx) => {
  const drugs = ctx.analysis.facts.filter((f) => f.kind === 'drug');
  const out: ReturnType<Check> = [];
  for (let i = 0; i + 1 < drugs.length; i++) {
    const [a, b] = [drugs[i], drugs[i + 1]];
    const between = ctx.text.slice(a.end, b.start);
    if (between.length > 30 || !JOINERS.some((re) => re.test(between))) continue;
    // "(Depakote, Depakene)" or "(sold as OxyContin and Vicodin, respectively)": a list, not a pair.
    if (between.includes('(') && !CLOSES.test(ctx.text.slice(b.end, b.end + 4))) continue;
    // "a synthetic progesterone (Provera)": the generic word names a class here, not the ingredient.
    if (CLASS_USE.test(ctx.text.slice(Math.max(0, a.start - 16), a.start))) continue;
    const mismatch = judge(ctx.drugs, a, b) ?? judge(ctx.drugs, b, a);
    if (!mismatch) continue;
    const { brand, generic, ingredients } = mismatch;
    out.push({
      code: 'drug-pairing',
      message: `${brand.text} is not ${generic.text}: its active ingredient is ${ingredients.join(' + ')}`,
      start: generic.start,
      end: generic.end,
      related: [{ start: brand.start, end: brand.end, message: `the brand ${brand.text}` }],
    });
  }
  return out;
};

function judge(names: DrugNames, brand: Fact, generic: Fact): { brand: Fact; generic: Fact; ingredients: string[] } | null {
  const ingredients = names.genericsOf(brand.text);
  if (ingredients.length === 0 || !names.isGeneric(generic.text) || names.genericsOf(generic.text).length > 0) return null;
  const g = generic.text.toLowerCase();
  // "sodium phenylbutyrate" and "phenylbutyrate", or a salt form: a shared word is a match.
  const words = new Set(g.split(/[\s-]+/));
  const matches = ingredients.some((ing) => ing === g || ing.split(/[\s-]+/).some((w) => w.length > 4 && words.has(w)));
  return matches ? null : { brand, generic, ingredients };
}
