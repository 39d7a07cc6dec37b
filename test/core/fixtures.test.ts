// The hand-annotated evaluation articles are well-formed (FACTS.md) and match their marked-up sources.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadGoldDir, relativeValue, validateGold, type GoldFile } from '../../scripts/gold';
import { formatGold, parseMarked } from '../../scripts/annotate';
import { emptyCounts, metrics, scoreKind, type Problem } from '../../scripts/score';
import type { Fact } from '../../src/core/facts';

const DIR = path.resolve(__dirname, '..', 'fixtures', 'articles');
const articles = loadGoldDir(DIR);

describe('evaluation fixtures', () => {
  it('has at least 12 annotated articles in every format', () => {
    assert.ok(articles.length >= 12, `only ${articles.length} articles`);
    for (const format of ['text', 'markdown', 'html'] as const) {
      assert.ok(articles.some((a) => a.format === format), `no ${format} article`);
    }
  });

  for (const a of articles) {
    describe(a.name, () => {
      it('every fact is well-formed, sorted, unique and spans its own text', () => {
        assert.deepStrictEqual(validateGold(a.text, a.gold), []);
      });

      it('states its document date (or null)', () => {
        assert.ok(a.gold.documentDate !== undefined, 'documentDate missing');
      });

      it('has facts of every kind', () => {
        const kinds = new Set(a.gold.facts.map((f) => f.kind));
        for (const k of ['drug', 'date'] as const) assert.ok(kinds.has(k), `no ${k} fact`);
      });

      it('is what scripts/annotate.ts makes of its marked-up source', () => {
        const source = path.join(DIR, 'src', a.name);
        assert.ok(fs.existsSync(source), `no source src/${a.name}`);
        const { text, gold } = parseMarked(fs.readFileSync(source, 'utf8'));
        assert.strictEqual(a.text, text, 'article differs: run npx tsx scripts/annotate.ts');
        assert.strictEqual(fs.readFileSync(a.file.replace(/\.[a-z]+$/, '.facts.json'), 'utf8'), formatGold(gold));
      });
    });
  }
});

describe('gold validation', () => {
  const text = 'In a Phase 2 trial (NCT01234567) last month, Rilutek was given.';
  const good = (): GoldFile => ({
    documentDate: '2021-03-31',
    facts: [
      { kind: 'phase', text: 'Phase 2', start: 5, end: 12, value: '2' },
      { kind: 'nct', text: 'NCT01234567', start: 20, end: 31, value: 'NCT01234567' },
      { kind: 'date', text: 'last month', start: 33, end: 43, value: 'relative:last-month', resolved: '2021-02' },
      { kind: 'drug', text: 'Rilutek', start: 45, end: 52, value: 'rilutek', generic: 'riluzole' },
    ],
  });

  it('accepts a well-formed file', () => {
    assert.deepStrictEqual(validateGold(text, good()), []);
  });

  it('rejects a span that is not the text at its offsets', () => {
    const g = good();
    g.facts[3].start += 1;
    assert.match(validateGold(text, g).join(), /text is "ilutek"/);
  });

  it('rejects malformed values per kind', () => {
    const g = good();
    g.facts[0].value = 'II';
    g.facts[1].value = 'NCT0123456';
    g.facts[2].value = 'relative:last month';
    g.facts[3].value = 'Rilutek';
    assert.strictEqual(validateGold(text, g).length, 4);
  });

  it('rejects unsorted, duplicate and misplaced fields', () => {
    const g = good();
    g.facts.push({ ...g.facts[0] });
    (g.facts[0] as { resolved?: string }).resolved = '2021';
    const errors = validateGold(text, g).join('\n');
    assert.match(errors, /duplicate/);
    assert.match(errors, /not sorted/);
    assert.match(errors, /bad resolved/);
  });

  it('writes relative values as lower-case words joined by "-"', () => {
    assert.strictEqual(relativeValue('Earlier this year'), 'relative:earlier-this-year');
    assert.strictEqual(relativeValue('Friday'), 'relative:friday');
  });
});

describe('marked-up sources', () => {
  it('strip to the clean text with UTF-16 offsets', () => {
    const { text, gold } = parseMarked('%% documentDate: null\n🧬 [[drug:Qalsody|generic=tofersen]] in [[date:May|--05]]');
    assert.strictEqual(text, '🧬 Qalsody in May');
    assert.strictEqual(gold.documentDate, null);
    assert.deepStrictEqual(gold.facts[0], { kind: 'drug', text: 'Qalsody', start: 3, end: 10, value: 'qalsody', generic: 'tofersen' });
    assert.deepStrictEqual(gold.facts[1], { kind: 'date', text: 'May', start: 14, end: 17, value: '--05' });
  });

  it('refuse a phase or date without a value and a missing header', () => {
    assert.throws(() => parseMarked('%% documentDate: null\n[[phase:Phase 3]]'), /needs a value/);
    assert.throws(() => parseMarked('no header [[drug:x]]'), /documentDate/);
  });
});

describe('eval scoring', () => {
  const gold = [
    { kind: 'date' as const, text: 'March 2021', start: 10, end: 20, value: '2021-03' },
    { kind: 'date' as const, text: 'last month', start: 30, end: 40, value: 'relative:last-month', resolved: '2021-02' },
  ];
  const score = (predicted: Fact[]) => {
    const c = emptyCounts();
    const problems: Problem[] = [];
    scoreKind('a.txt', 'date', gold, predicted, c, problems);
    return { m: metrics(c), problems };
  };

  it('reports zero recall and no precision when nothing is predicted', () => {
    const { m, problems } = score([]);
    assert.strictEqual(m.exact.recall, 0);
    assert.strictEqual(m.exact.precision, null);
    assert.deepStrictEqual(problems.map((p) => p.outcome), ['fn', 'fn']);
  });

  it('scores exact spans, overlapping spans, values and resolved dates apart', () => {
    const { m, problems } = score([
      { kind: 'date', text: 'March 2021', start: 10, end: 20, value: '2021-03' },
      { kind: 'date', text: 'month', start: 35, end: 40, value: 'relative:month' },
      { kind: 'date', text: '1995', start: 50, end: 54, value: '1995' },
    ]);
    assert.deepStrictEqual([m.gold, m.predicted], [2, 3]);
    assert.deepStrictEqual([m.exact.precision, m.exact.recall], [1 / 3, 1 / 2]);
    assert.deepStrictEqual([m.overlap.precision, m.overlap.recall], [2 / 3, 1]);
    assert.strictEqual(m.value, 1);
    assert.strictEqual(m.resolved, null);
    assert.deepStrictEqual(problems.map((p) => `${p.outcome}@${p.start}`).sort(), ['fp@50', 'span@35']);
  });

  it('counts a wrong value or resolved date on an exact match', () => {
    const { m } = score([
      { kind: 'date', text: 'March 2021', start: 10, end: 20, value: '2021-03-01' },
      { kind: 'date', text: 'last month', start: 30, end: 40, value: 'relative:last-month', resolved: '2021-03' },
    ]);
    assert.strictEqual(m.exact.f1, 1);
    assert.strictEqual(m.value, 0.5);
    assert.strictEqual(m.resolved, 0);
  });
});
