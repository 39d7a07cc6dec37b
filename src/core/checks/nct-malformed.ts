import { scanMalformedNct } from '../kinds/nct';
import type { Check } from './context';

/** nct-malformed: an NCT-looking token that is not "NCT" + 8 digits; fixed only when the intended ID is certain. */
export const nctMalformed: Check = (ctx) =>
  scanMalformedNct(ctx.prose).map((m) => {
    const text = ctx.text.slice(m.start, m.end);
    const digits = text.replace(/\D/g, '').length;
    const why = m.suggestion
      ? `write it without a separator: ${m.suggestion}`
      : `an NCT ID is "NCT" followed by exactly 8 digits (this one has ${digits})`;
    return {
      code: 'nct-malformed',
      message: `'${text}' is not a valid ClinicalTrials.gov ID: ${why}`,
      start: m.start,
      end: m.end,
      ...(m.suggestion ? { fix: { start: m.start, end: m.end, text: m.suggestion } } : {}),
    };
  });
