import { strict as assert } from 'assert';
import fc from 'fast-check';
import { ANCHOR_KINDS, ANCHOR_PREFIXES, type AnchorKind } from '../../src/core/kinds/dates/anchors';
import { scanNct } from '../../src/core/kinds/nct';
import { scanPhases } from '../../src/core/kinds/phases';
import { Tokens } from '../../src/core/words/tokens';

/**
 * What the tokenizer notes at word starts, against plain regexes over the text: a date anchor
 * wherever /\b(?:digit|prefix)/i matches (the regex `\b` the date scanner's handlers assume), and
 * the NCT and phase hints never false where those scanners find something.
 */
const byPrefix = new Map<string, AnchorKind>();
for (const [kind, prefixes] of Object.entries(ANCHOR_PREFIXES)) for (const p of prefixes.split(' ')) byPrefix.set(p, kind as AnchorKind);
const ANCHOR = new RegExp(`\\b(?:\\d|${[...byPrefix.keys()].join('|')})`, 'gi');

function expectedAnchors(text: string): [number, AnchorKind][] {
  return [...text.matchAll(ANCHOR)].map((m) => [m.index, /^\d$/.test(m[0]) ? 'digit' : byPrefix.get(m[0].toLowerCase())!]);
}

function anchors(text: string): [number, AnchorKind][] {
  const { dateAnchors: a } = new Tokens().read(text);
  return Array.from({ length: a.count }, (_, k): [number, AnchorKind] => [a.at[k], ANCHOR_KINDS[a.kind[k]]]);
}

describe('word starts read by the tokenizer', () => {
  it('marks where a date may begin, as the regex \\b sees word starts', () => {
    const text = 'On Mon., mid-March 2019-2020 (Q3), 13.2 mg_5 x_May 1.5mg; Thursday: thing, May, café2019, "Sept" 🙂 Jan';
    assert.deepEqual(anchors(text), expectedAnchors(text));
    assert.deepEqual(anchors('mid-March'), [[4, 'month']]);
    assert.deepEqual(anchors('x_May'), []);
    assert.deepEqual(anchors('1.5mg'), [[0, 'digit'], [2, 'digit']]);
  });

  it('agrees with the regex on random text', () => {
    const pieces = ['jan', 'Mar', 'ma', 'mond', 'MON', 'thi', 'this', 'q', 'Q3', 'q5', '2019', '7', '.', '-', '_', ' ', 'é', '🙂', 'x', 'ph', 'nct', '\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        assert.deepEqual(anchors(text), expectedAnchors(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('says an NCT ID or a phase may be there whenever those scanners find one', () => {
    const pieces = ['NCT', 'nct', '04745299', ' ', '-', '_', 'é', 'Phase', 'phase', 'Ph.', 'III', '2', 'x', 'Phases 2 and 3', '(', ')'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const t = new Tokens().read(text);
        if (!t.mayHaveNct) assert.deepEqual(scanNct(text), [], text);
        if (!t.mayHavePhase) assert.deepEqual(scanPhases(text), [], text);
      }),
      { numRuns: 2000 },
    );
    assert.equal(new Tokens().read('Patients were enrolled in the trial.').mayHaveNct, false);
    assert.equal(new Tokens().read('see NCT04745299').mayHaveNct, true);
    assert.equal(new Tokens().read('A Phase 3 trial').mayHavePhase, true);
  });
});
