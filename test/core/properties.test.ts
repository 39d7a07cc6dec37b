/**
 * Properties that hold for any input, checked on random and adversarial text:
 * the engine never throws, and its facts are well-formed spans of the document.
 */
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { createEngine } from '../../src/core/engine';
import type { DocumentFormat, Fact } from '../../src/core/facts';
import { maskProse, ProseMask } from '../../src/core/mask';
import { splitParagraphs } from '../../src/core/paragraphs';

const FORMATS: DocumentFormat[] = ['text', 'markdown', 'html'];

/** Pieces that sit on the scanners' edges: keywords, digits, markup, odd Unicode. */
const FRAGMENTS = [
  'Phase ', 'phase', 'Phases ', 'Ph. ', 'III', 'IIb', '1b/2a', '/', '-', '–', ' and ', '2', '3', '0', '4', 'one', 'three',
  'NCT', 'NCT0474529', 'nct04745299', 'NCT 04745299', '04745299', '12345678', '9',
  'March ', 'Dec. ', 'May', '31, ', '2021', '1999', 'spring ', 'Q3 ', 'yesterday', 'last month', 'Tuesday, ',
  'riluzole', 'Rilutek', 'NeuroNata-R', 'AMX0035', 'sodium phenylbutyrate', '®', '™', '(', ')', '(marketed as ',
  ' ', '  ', '.', ',', '\n', '\n\n', '\r\n', '\t', '\u00a0', '\u0000',
  '<b>', '</b>', '<!-- ', ' -->', '<script>', '</script>', '&amp;', '&#8217;', '```\n', '~~~', '[x](', 'https://', 'www.', '.gov/',
  '😀', 'e\u0301', '\u0645\u0631\u062d\u0628\u0627', '\u202e', '\ud800', '\udfff', '\ufeff', 'İ', 'ß',
];

const fragmentText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join(''));
const randomText = fc.string({ unit: 'binary', maxLength: 80 });
const mixedText = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 30 })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(fragmentText, randomText, mixedText);

function assertWellFormed(doc: string, facts: Fact[]): void {
  let lastStart = -1;
  const lastEnd = new Map<string, number>();
  for (const f of facts) {
    assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end), JSON.stringify(f));
    assert.ok(f.start >= 0 && f.start < f.end && f.end <= doc.length, `span out of range: ${JSON.stringify(f)}`);
    assert.equal(f.text, doc.slice(f.start, f.end));
    assert.equal(typeof f.value, 'string');
    assert.ok(f.value.length > 0, JSON.stringify(f));
    assert.ok(f.start >= lastStart, 'sorted by start');
    lastStart = f.start;
    assert.ok(f.start >= (lastEnd.get(f.kind) ?? 0), `overlapping ${f.kind} facts at ${f.start}`);
    lastEnd.set(f.kind, Math.max(f.end, lastEnd.get(f.kind) ?? 0));
  }
}

describe('properties over random and adversarial text', function () {
  this.timeout(60000);
  const engine = createEngine();

  for (const format of FORMATS) {
    it(`${format}: paragraphs read through the mask are those of the masked text`, () => {
      fc.assert(
        fc.property(anyText, fc.nat(), fc.nat(), (doc, a, b) => {
          const masked = maskProse(doc, format);
          const mask = new ProseMask(doc, format);
          assert.deepEqual(splitParagraphs(mask), splitParagraphs(masked));
          const [from, to] = [a % (doc.length + 1), b % (doc.length + 1)].sort((x, y) => x - y);
          assert.equal(mask.slice(from, to), masked.slice(from, to));
        }),
        { numRuns: 300 },
      );
    });
  }

  for (const format of FORMATS) {
    it(`${format}: extract never throws and returns well-formed, sorted, non-overlapping facts`, () => {
      fc.assert(
        fc.property(anyText, (doc) => {
          assertWellFormed(doc, engine.extract(doc, { format }));
        }),
        { numRuns: 200 },
      );
    });
  }

  it('the mask keeps length and line breaks and only writes spaces', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...FORMATS), (doc, format) => {
        const m = maskProse(doc, format);
        assert.equal(m.length, doc.length);
        for (let i = 0; i < doc.length; i++) {
          if (m[i] !== doc[i]) assert.equal(m[i], ' ');
          if (doc[i] === '\n') assert.equal(m[i], '\n');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('nct and phase facts carry normalized values', () => {
    fc.assert(
      fc.property(fragmentText, (doc) => {
        for (const f of engine.extract(doc, { kinds: ['nct', 'phase'] })) {
          if (f.kind === 'nct') assert.match(f.value, /^NCT\d{8}$/);
          else assert.match(f.value, /^[0-4][a-c]?(?:\/[0-4][a-c]?)*$/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('facts do not depend on what comes after a blank line', () => {
    fc.assert(
      fc.property(fragmentText, fragmentText, (a, b) => {
        const head = a.replace(/\s+$/, '');
        const alone = engine.extract(head, { kinds: ['nct', 'phase'] });
        const joined = engine.extract(`${head}\n\n${b}`, { kinds: ['nct', 'phase'] }).filter((f) => f.end <= head.length);
        assert.deepEqual(joined, alone);
      }),
      { numRuns: 200 },
    );
  });
});
