import type { Check } from './context';

/**
 * phase-style: off unless the configuration chooses 'arabic' ("Phase 3", AP style) or
 * 'roman' ("Phase III"). The fix rewrites only the numerals of the phase, keeping
 * the word "Phase", sub-letters and separators as written. Phase 0 has no Roman form.
 */
export const phaseStyle: Check = (ctx) => {
  const style = ctx.config.phaseStyle;
  if (style !== 'arabic' && style !== 'roman') return [];
  const out: ReturnType<Check> = [];
  for (const f of ctx.analysis.facts) {
    if (f.kind !== 'phase') continue;
    const rewritten = restyle(f.text, style);
    if (rewritten === null || rewritten === f.text) continue;
    out.push({
      code: 'phase-style',
      message: `Write the phase in ${style === 'arabic' ? 'Arabic' : 'Roman'} numerals, as your style requires: '${rewritten}'`,
      start: f.start,
      end: f.end,
      fix: { start: f.start, end: f.end, text: rewritten },
    });
  }
  return out;
};

const ROMAN = ['', 'I', 'II', 'III', 'IV'];

/**
 * The phase text in the other numerals, or null when it cannot be written so
 * (Phase 0 in Roman). The first word ("Phase", "phase-", "Ph.") is left alone.
 */
export function restyle(text: string, style: 'arabic' | 'roman'): string | null {
  const head = /^[A-Za-z]+\.?[\s-]*/.exec(text)?.[0] ?? '';
  let failed = false;
  const tail = text.slice(head.length).replace(/\d+|[IVXivx]+(?=[a-d]?(?:$|[^A-Za-z]))/g, (numeral) => {
    if (style === 'roman') {
      if (!/^\d+$/.test(numeral)) return numeral;
      const n = Number(numeral);
      if (n < 1 || n >= ROMAN.length) {
        failed = true;
        return numeral;
      }
      return ROMAN[n];
    }
    if (/^\d+$/.test(numeral)) return numeral;
    const n = ROMAN.indexOf(numeral.toUpperCase());
    return n > 0 ? String(n) : numeral;
  });
  return failed ? null : head + tail;
}
