import { strict as assert } from 'assert';
import fc from 'fast-check';
import { createEngine } from '../../src/core/engine';
import type { DocumentFormat, Fact } from '../../src/core/facts';

const ARTICLE = [
  'BOSTON, March 3, 2022 -- A Phase 2b trial (NCT04745299) of tofersen is recruiting, the company said on Tuesday.',
  '',
  'Riluzole (marketed as Rilutek) was approved in 1995. Results of the Phase 3 study are expected in December.',
  '',
  'Details: https://clinicaltrials.gov/study/NCT01363401 describes the Phase 1/2 study that ended last month.',
  '',
  'An earlier phase III trial of edaravone ran from spring 2014 to 2016.',
].join('\n');

const brief = (facts: Fact[]) => facts.map((f) => `${f.kind}:${f.value}@${f.start}`);

describe('engine', function () {
  this.timeout(60000);
  const engine = createEngine();

  it('finds each kind in a small article, with spans into the text', () => {
    const facts = engine.extract(ARTICLE);
    for (const kind of ['nct', 'phase', 'date', 'drug'] as const) {
      assert.ok(facts.some((f) => f.kind === kind), `no ${kind} fact`);
    }
    assert.deepEqual(
      facts.filter((f) => f.kind === 'nct').map((f) => [f.value, f.start]),
      [['NCT04745299', ARTICLE.indexOf('NCT04745299')], ['NCT01363401', ARTICLE.indexOf('NCT01363401')]],
    );
    assert.deepEqual(facts.filter((f) => f.kind === 'phase').map((f) => f.value), ['2b', '3', '1/2', '3']);
    for (const f of facts) assert.equal(ARTICLE.slice(f.start, f.end), f.text);
  });

  it('the kinds option keeps only those kinds, and the same facts of them', () => {
    const all = engine.extract(ARTICLE);
    const only = engine.extract(ARTICLE, { kinds: ['nct', 'phase'] });
    assert.deepEqual(only, all.filter((f) => f.kind === 'nct' || f.kind === 'phase'));
    assert.deepEqual(engine.extract(ARTICLE, { kinds: [] }), []);
  });

  it('the documentDate option overrides the dateline when resolving relative dates', () => {
    const own = engine.analyze(ARTICLE);
    assert.equal(own.documentDate?.value, '2022-03-03');
    const given = engine.analyze(ARTICLE, { documentDate: '2024-06-15' });
    assert.deepEqual(given.documentDate, { value: '2024-06-15', source: 'option' });
    const resolved = (a: typeof own) => a.facts.filter((f) => f.kind === 'date' && f.resolved).map((f) => f.resolved);
    assert.notDeepEqual(resolved(given), resolved(own));
    // A malformed override is ignored, not trusted.
    assert.deepEqual(engine.analyze(ARTICLE, { documentDate: '15/06/2024' }).documentDate, own.documentDate);
  });

  it('html: facts come from visible text only, with offsets into the raw file', () => {
    const html =
      '<html><head><title>x</title><script>var p = "Phase 2 NCT99999999";</script></head>' +
      '<body><p class="lead" title="NCT11111111">A <b>Phase 3</b> study, <a href="https://clinicaltrials.gov/study/NCT22222222">NCT22222222</a>.</p>' +
      '<!-- Phase 1 NCT33333333 --></body></html>';
    const facts = engine.extract(html, { format: 'html', kinds: ['nct', 'phase'] });
    assert.deepEqual(
      facts.map((f) => [f.kind, f.value, f.start]),
      [
        ['phase', '3', html.indexOf('Phase 3')],
        ['nct', 'NCT22222222', html.lastIndexOf('NCT22222222')],
      ],
    );
    for (const f of facts) assert.equal(html.slice(f.start, f.end), f.text);
  });

  it('markdown: code blocks are skipped; link targets keep only their NCT IDs', () => {
    const md = [
      'A Phase 2 trial.',
      '',
      '```',
      'Phase 3 NCT12345678 riluzole',
      '```',
      '',
      'See [the registry](https://clinicaltrials.gov/study/NCT04745299 "Phase 4") for more.',
    ].join('\n');
    const facts = engine.extract(md, { format: 'markdown', kinds: ['nct', 'phase'] });
    assert.deepEqual(brief(facts), [`phase:2@${md.indexOf('Phase 2')}`, `nct:NCT04745299@${md.indexOf('NCT04745299')}`]);
    // As plain text, nothing is hidden but the URL.
    const asText = engine.extract(md, { format: 'text', kinds: ['nct', 'phase'] });
    assert.ok(asText.some((f) => f.value === 'NCT12345678'));
  });

  it('a session gives the same analysis as a fresh engine, edit after edit', () => {
    // Typing and cutting anywhere, markup and line ends included, and whole paragraphs pasted
    // twice, moved or deleted (a paste or an undo): each version must read as a fresh analysis.
    const pieces = ['Phase 3 ', 'NCT01234567 ', 'riluzole ', 'in 2019 ', 'last week ', '\n\n', 'x', '', '`', '<b>', 'Phase&nbsp;3', '[a](http://x.org/NCT04745299) ', '\r\n', '<!-- ', ' -->'];
    type Edit = { kind: 'type'; at: number; cut: number; insert: string } | { kind: 'paste' | 'move' | 'delete'; from: number; to: number };
    const typed = fc.record({ kind: fc.constant('type' as const), at: fc.nat(), cut: fc.nat({ max: 12 }), insert: fc.constantFrom(...pieces) });
    const moved = fc.record({ kind: fc.constantFrom('paste' as const, 'move' as const, 'delete' as const), from: fc.nat(), to: fc.nat() });
    const apply = (text: string, e: Edit): string => {
      if (e.kind === 'type') {
        const at = e.at % (text.length + 1);
        return text.slice(0, at) + e.insert + text.slice(at + e.cut);
      }
      const ps = text.split('\n\n');
      const from = e.from % ps.length;
      const p = e.kind === 'paste' ? ps[from] : ps.splice(from, 1)[0];
      if (e.kind !== 'delete') ps.splice(e.to % (ps.length + 1), 0, p);
      return ps.join('\n\n');
    };
    fc.assert(
      fc.property(fc.array(fc.oneof(typed as fc.Arbitrary<Edit>, moved as fc.Arbitrary<Edit>), { minLength: 1, maxLength: 8 }), fc.constantFrom('text', 'markdown', 'html' as const), (edits, format) => {
        const session = engine.session();
        let text = ARTICLE;
        assert.deepEqual(session.analyze(text, { format }), engine.analyze(text, { format }));
        for (const e of edits) {
          text = apply(text, e);
          assert.deepEqual(session.analyze(text, { format }), engine.analyze(text, { format }), JSON.stringify(text));
        }
      }),
      { numRuns: 80 },
    );
  });

  it('a name one paragraph learns is a drug in the others, at document offsets, in a session too', () => {
    const text = 'Zentivor Gains Ground\n\nThe company said the drug Zentivor slowed decline.\n\nZentivor was well tolerated.';
    const spans = (facts: Fact[]) => facts.filter((f) => f.kind === 'drug').map((f) => [f.text, f.start]);
    const expected = [0, text.indexOf('Zentivor', 1), text.lastIndexOf('Zentivor')].map((at) => ['Zentivor', at]);
    assert.deepEqual(spans(engine.extract(text)), expected);
    const session = engine.session();
    assert.deepEqual(session.analyze(text), engine.analyze(text));
    // The learning paragraph moves before the others; the cached scans are placed again.
    const moved = `Intro.\n\n${text.split('\n\n').reverse().join('\n\n')}`;
    assert.deepEqual(session.analyze(moved), engine.analyze(moved));
    assert.equal(spans(session.analyze(moved).facts).length, 3);
  });

  it('a learned name shaped like a generic counts where it is written in lower case, in a session too', () => {
    const text = 'Zorbactin is a new antibiotic.\n\nChemists made zorbactin in a lab; zorbactin-based drugs may follow.';
    const drugs = (facts: Fact[]) => facts.filter((f) => f.kind === 'drug').map((f) => [f.text, f.start]);
    assert.deepEqual(drugs(engine.extract(text)), [['Zorbactin', 0], ['zorbactin', text.indexOf('zorbactin')], ['zorbactin', text.lastIndexOf('zorbactin')]]);
    const session = engine.session();
    assert.deepEqual(session.analyze(text), engine.analyze(text));
    const edited = text.replace('in a lab', 'at last');
    assert.deepEqual(session.analyze(edited), engine.analyze(edited));
    // Not a common noun the headline capitalized: "Neurofeedback is a new therapy" leaves "neurofeedback" alone.
    assert.deepEqual(drugs(engine.extract('Neurofeedback is a new therapy.\n\nSome try neurofeedback.')), [['Neurofeedback', 0]]);
  });

  it('a session re-uses unchanged paragraphs but reflects changed ones', () => {
    const session = engine.session();
    const first = session.analyze(ARTICLE, { kinds: ['phase'] });
    const edited = ARTICLE.replace('Phase 3 study', 'Phase 4 study');
    const second = session.analyze(edited, { kinds: ['phase'] });
    assert.deepEqual(first.facts.map((f) => f.value), ['2b', '3', '1/2', '3']);
    assert.deepEqual(second.facts.map((f) => f.value), ['2b', '4', '1/2', '3']);
    // Moving a paragraph moves its facts.
    const moved = `Intro.\n\n${edited}`;
    assert.deepEqual(session.analyze(moved, { kinds: ['phase'] }).facts, engine.analyze(moved, { kinds: ['phase'] }).facts);
  });

  it('a session follows an edit that changes the names the document learned, in every paragraph', () => {
    const session = engine.session();
    const drugs = (text: string) => {
      const analysis = session.analyze(text);
      assert.deepEqual(analysis, engine.analyze(text));
      return analysis.facts.filter((f) => f.kind === 'drug').map((f) => f.value);
    };
    const others = ['Zentivor was well tolerated.', 'Patients on Zentivor and Boltrexa improved.', 'Boltrexa Gains Ground'];
    const doc = (first: string) => [first, ...others].join('\n\n');
    const learnsZentivor = 'The company said the drug Zentivor slowed decline.';
    assert.deepEqual(drugs(doc(learnsZentivor)), ['zentivor', 'zentivor', 'zentivor']);
    assert.deepEqual(drugs(doc('The company said little.')), []);
    assert.deepEqual(drugs(doc(learnsZentivor)), ['zentivor', 'zentivor', 'zentivor']);
    // The same names learned in another paragraph; then another name.
    assert.deepEqual(drugs(`Intro.\n\n${doc(learnsZentivor)}`), ['zentivor', 'zentivor', 'zentivor']);
    assert.deepEqual(drugs(doc(learnsZentivor.replace('Zentivor', 'Boltrexa'))), ['boltrexa', 'boltrexa', 'boltrexa']);
  });

  it('a session follows an edit to text the mask hides inside a fact, where the masked text stays the same', () => {
    const session = engine.session();
    const html = '<p>A Phase&nbsp;3 trial of riluzole.</p>\n\n<p>More.</p>';
    const spaces = html.replace('&nbsp;', '      ');
    for (const text of [spaces, html, html.replace('&nbsp;', '&#160;'), spaces]) {
      assert.deepEqual(session.analyze(text, { format: 'html' }), engine.analyze(text, { format: 'html' }));
    }
    assert.equal(session.analyze(html.replace('&nbsp;', '&#160;'), { format: 'html' }).facts[0].text, 'Phase&#160;3');
  });

  it('a session follows edits that change the document date, or the masked text before a date on its line', () => {
    const session = engine.session();
    const same = (text: string) => {
      const analysis = session.analyze(text);
      assert.deepEqual(analysis, engine.analyze(text));
      return analysis;
    };
    const resolved = (text: string) => same(text).facts.filter((f) => f.resolved).map((f) => f.resolved);
    // "will" in the URL before the last paragraph, on its line, puts its June in the future.
    const doc = (year: number, host: string) =>
      [`BOSTON, March 3, ${year} -- News.`, 'Results were reported in June.', `http://${host}.com/x The panel meets in June.`].join('\n\n');
    assert.deepEqual(resolved(doc(2022, 'bill')), ['2021-06', '2021-06']);
    assert.deepEqual(resolved(doc(2023, 'bill')), ['2022-06', '2022-06']);
    assert.deepEqual(resolved(doc(2023, 'will')), ['2022-06', '2023-06']);
    assert.deepEqual(resolved(doc(2023, 'bill')), ['2022-06', '2022-06']);
    // Past the header, an "updated" label hidden in a URL on the date's line.
    const pad = 'Filler sentence about nothing in particular. '.repeat(40);
    const late = (path: string) => ['BOSTON, March 3, 2022 -- News.', pad, `http://x.com/${path} March 5, 2023`].join('\n\n');
    assert.equal(same(late('updated')).documentDate?.value, '2023-03-05');
    assert.equal(same(late('uxdated')).documentDate?.value, '2022-03-03');
    assert.equal(same(late('updated')).documentDate?.value, '2023-03-05');
  });

  it('a session follows edits whose mask or paragraph breaks reach past the edited paragraph', () => {
    const at = (text: string, i: number, insert: string, cut = 0) => text.slice(0, i) + insert + text.slice(i + cut);
    const second = ARTICLE.indexOf('\n\n') + 2;
    const third = ARTICLE.indexOf('\n\n', second) + 2;
    const versions: [string, DocumentFormat][] = [
      // An unclosed fence hides everything after it; closing it shows the rest again.
      [at(ARTICLE, second, '```\n'), 'markdown'],
      [at(at(ARTICLE, second, '```\n'), third + 4, '```\n\n'), 'markdown'],
      // A comment opened in one paragraph and closed in a later one.
      [at(ARTICLE, second + 3, '<!--'), 'html'],
      [at(at(ARTICLE, second + 3, '<!--'), third + 4, '-->'), 'html'],
      // Paragraphs joined and split again; a line of spaces that is blank.
      [at(ARTICLE, second - 2, ' ', 2), 'text'],
      [at(ARTICLE, second - 1, '   \r\n'), 'text'],
      [ARTICLE, 'text'],
    ];
    for (const format of ['text', 'markdown', 'html'] as const) {
      const session = engine.session();
      for (const [text, only] of [[ARTICLE, format] as const, ...versions, [ARTICLE, format] as const]) {
        if (only !== format) continue;
        assert.deepEqual(session.analyze(text, { format }), engine.analyze(text, { format }), JSON.stringify(text));
      }
    }
  });

  it('a session follows a paragraph pasted twice, each copy where it stands', () => {
    const session = engine.session();
    const dated = 'The trial began in June 2020 and the drug Zorvex was given.';
    const head = 'BOSTON, March 3, 2022 -- News.';
    for (const paragraphs of [[head, dated], [head, dated, dated], [head, dated, 'x', dated], [head, dated, dated, dated]]) {
      const text = paragraphs.join('\n\n');
      assert.deepEqual(session.analyze(text), engine.analyze(text));
    }
  });

  it('a session keeps the facts of paragraphs an edit did not touch, and follows paragraphs that moved', () => {
    const session = engine.session();
    const paragraphs = ARTICLE.split('\n\n');
    const before = session.analyze(ARTICLE).facts;
    // Typing in the last paragraph: the phases and IDs before it are the very same objects
    // (dates and drugs are settled again over the whole document: resolved dates, learned names).
    const typed = `${ARTICLE} More.`;
    const after = session.analyze(typed).facts;
    const firstOfLast = ARTICLE.lastIndexOf('\n\n');
    const untouched = before.filter((f) => f.end < firstOfLast && (f.kind === 'phase' || f.kind === 'nct'));
    assert.ok(untouched.length > 0);
    for (const f of untouched) assert.ok(after.includes(f), `re-made: ${JSON.stringify(f)}`);
    // Paragraphs swapped (a cut and paste): the same facts as a fresh analysis.
    const swapped = [paragraphs[1], paragraphs[0], ...paragraphs.slice(2)].join('\n\n');
    assert.deepEqual(session.analyze(swapped), engine.analyze(swapped));
    const reversed = [...paragraphs].reverse().join('\n\n');
    assert.deepEqual(session.analyze(reversed), engine.analyze(reversed));
  });
});
