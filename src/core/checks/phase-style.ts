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
  // Letters and digits come in runs; a run of Roman numerals may carry one sub-letter (IIb).
  const tail = text.slice(head.length).replace(/[A-Za-z]+|\d+/g, (run) => {
    if (/^\d+$/.test(run)) {
      if (style === 'arabic') return run;
      const n = Number(run);
      if (n < 1 || n >= ROMAN.length) failed = true;
      return failed ? run : ROMAN[n];
    }
    const roman = /^([IVXivx]+)([a-d]?)$/.exec(run);
    if (!roman || style === 'roman') return run;
    const n = ROMAN.indexOf(roman[1].toUpperCase());
    return n > 0 ? String(n) + roman[2] : run;
  });
  return failed ? null : head + tail;
}
