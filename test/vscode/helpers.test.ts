// The pure helpers behind hovers and exports, with hand-computed expectations.
import * as assert from 'assert';
import { ageBetween } from '../../src/editor/dateAge';
import { describePhase } from '../../src/editor/phaseWords';
import { factSheet } from '../../src/editor/exportSheet';
import { phasesOfTrial } from '../../src/editor/factQueries';
import { LineIndex } from '../../src/editor/lineIndex';
import type { Fact } from '../../src/core/facts';

describe('MedFacts editor helpers', () => {
  it('ageBetween: years and months at the shared precision', () => {
    assert.strictEqual(ageBetween('2018-07-15', '2021-03-31'), '2 years 8 months before');
    assert.strictEqual(ageBetween('2021-03-20', '2021-03-31'), '11 days before');
    assert.strictEqual(ageBetween('2023-12', '2025-03-04'), '1 year 3 months before');
    assert.strictEqual(ageBetween('2026-Q3', '2025-03-04'), '1 year 4 months after');
    assert.strictEqual(ageBetween('2014', '2014-06-01'), 'the same year as');
    assert.strictEqual(ageBetween('--12', '2014-06-01'), undefined);
  });

  it('describePhase: plain words, combined phases, sub-phases', () => {
    assert.strictEqual(describePhase('1/2'), 'Phase 1/2: a combined first-in-human and efficacy trial');
    assert.match(describePhase('3')!, /^Phase 3: a confirmatory trial/);
    assert.match(describePhase('2b')!, /^Phase 2b: an efficacy trial.*\(2b: later part/);
    assert.strictEqual(describePhase('7'), undefined);
  });

  it('phasesOfTrial: the phase nearest each mention, sentence before paragraph', () => {
    const text = 'A Phase 3 study. The Phase 2 trial NCT01234567 ended.\n\nPhase 1 only.';
    const fact = (kind: Fact['kind'], t: string, value: string): Fact => {
      const start = text.indexOf(t);
      return { kind, text: t, start, end: start + t.length, value };
    };
    const facts = [fact('phase', 'Phase 3', '3'), fact('phase', 'Phase 2', '2'), fact('nct', 'NCT01234567', 'NCT01234567'), fact('phase', 'Phase 1', '1')];
    assert.deepStrictEqual(phasesOfTrial(text, facts, 'NCT01234567').map((p) => p.phase.value), ['2']);
    const farther = 'A Phase 3 study. Then NCT01234567 ended.';
    const f2 = [
      { kind: 'phase' as const, text: 'Phase 3', start: 2, end: 9, value: '3' },
      { kind: 'nct' as const, text: 'NCT01234567', start: 22, end: 33, value: 'NCT01234567' },
    ];
    assert.deepStrictEqual(phasesOfTrial(farther, f2, 'NCT01234567').map((p) => p.phase.value), ['3']);
    // A line of spaces between them ends the paragraph, also with CRLF line breaks.
    const apart = 'A Phase 3 study.\r\n  \r\nThen NCT01234567 ended.';
    const f3 = [
      { kind: 'phase' as const, text: 'Phase 3', start: 2, end: 9, value: '3' },
      { kind: 'nct' as const, text: 'NCT01234567', start: apart.indexOf('NCT'), end: apart.indexOf('NCT') + 11, value: 'NCT01234567' },
    ];
    assert.deepStrictEqual(phasesOfTrial(apart, f3, 'NCT01234567'), []);
  });

  it('factSheet: CSV quoting and Markdown escaping', () => {
    const text = 'x\n"A|B", 2021';
    const facts: Fact[] = [{ kind: 'drug', text: '"A|B", 2021', start: 2, end: 13, value: 'a|b', generic: 'c' }];
    const analysis = { facts, documentDate: null };
    assert.strictEqual(factSheet('csv', text, analysis, 'f.md'), 'Kind,Text,Value,Detail,Line\r\ndrug,"""A|B"", 2021",a|b,generic: c,2\r\n');
    assert.ok(factSheet('markdown', text, analysis, 'f.md').includes('| drug | "A\\|B", 2021 | a\\|b | generic: c | 2 |'));
  });

  it('LineIndex: lines and characters from offsets', () => {
    const index = new LineIndex('ab\ncd\r\nef');
    assert.deepStrictEqual(index.position(0), { line: 0, character: 0 });
    assert.deepStrictEqual(index.position(4), { line: 1, character: 1 });
    assert.deepStrictEqual(index.position(8), { line: 2, character: 1 });
    assert.strictEqual(index.lineText(1), 'cd');
  });
});
