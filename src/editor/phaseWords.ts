/** Plain words for a normalized phase value (FACTS.md: "1", "2b", "1/2", "2b/3"...). */

const SHORT: Record<string, string> = {
  '0': 'exploratory micro-dose',
  '1': 'first-in-human',
  '2': 'efficacy',
  '3': 'confirmatory',
  '4': 'post-approval',
};

const LONG: Record<string, string> = {
  '0': 'an exploratory micro-dose study in a few people, before classic first-in-human trials',
  '1': 'a first-in-human trial, testing safety and dosing in a small group',
  '2': 'an efficacy trial, testing whether the treatment works and its side effects in patients',
  '3': 'a confirmatory trial, testing efficacy and safety in a large group, often the basis for approval',
  '4': 'a post-approval study, following a marketed treatment in everyday use',
};

const PART: Record<string, string> = { a: 'early part, often dose-finding', b: 'later part, often testing efficacy' };

function parse(part: string): { num: string; letter: string } | undefined {
  const m = /^([0-4])([ab]?)$/.exec(part);
  return m ? { num: m[1], letter: m[2] } : undefined;
}

/** "Phase 1/2: a combined first-in-human and efficacy trial"; undefined for an unknown value. */
export function describePhase(value: string): string | undefined {
  const parts = value.split('/').map(parse);
  if (!parts.length || parts.some((p) => !p)) return undefined;
  const known = parts as { num: string; letter: string }[];
  const letters = known.filter((p) => p.letter).map((p) => `${p.num}${p.letter}: ${PART[p.letter]}`);
  const suffix = letters.length ? ` (${letters.join('; ')})` : '';
  if (known.length === 1) return `Phase ${value}: ${LONG[known[0].num]}${suffix}`;
  const names = known.map((p) => SHORT[p.num]);
  const joined = names.length === 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `Phase ${value}: a combined ${joined} trial${suffix}`;
}
