// Hovers on facts and document links on NCT IDs, against the fixture articles.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, hoverAt, medfacts, openFixture, positionOf } from './util';

describe('MedFacts hovers and links', () => {
  before(medfacts);
  after(closeAll);

  it('gives a hover on every fact the analysis found, naming its kind and value', async () => {
    const api = await medfacts();
    const { document: doc } = await openFixture('article.md');
    const result = api.analysisFor(doc.uri);
    assert.ok(result && result.analysis.facts.length > 0, 'no facts in article.md');
    for (const fact of result.analysis.facts) {
      const text = await hoverAt(doc.uri, doc.positionAt(fact.start));
      assert.ok(text.includes('MedFacts'), `no MedFacts hover on ${fact.kind} "${fact.text}"`);
      assert.ok(text.includes(`\`${fact.value}\``) || text.includes(fact.value), `hover on "${fact.text}" lacks its value ${fact.value}: ${text}`);
    }
  });

  it('drug hover: brand and generic, mentions with lines, and a command link searching the registry', async () => {
    const api = await medfacts();
    const { document: doc } = await openFixture('article.md');
    const facts = api.analysisFor(doc.uri)!.analysis.facts;
    const brand = facts.find((f) => f.kind === 'drug' && f.text === 'Glucophage');
    assert.ok(brand, 'Glucophage is a drug fact');
    const brandHover = await hoverAt(doc.uri, doc.positionAt(brand.start + 2));
    assert.ok(brandHover.includes(`Brand or code name of **${brand.generic}**`), brandHover);
    const generic = facts.filter((f) => f.kind === 'drug' && f.value === brand.generic);
    assert.ok(generic.length > 0);
    const text = await hoverAt(doc.uri, doc.positionAt(generic[0].start + 1));
    assert.ok(text.includes('also written here as **Glucophage**'), text);
    assert.ok(text.includes(`${generic.length} mention${generic.length === 1 ? '' : 's'} in this document`), text);
    const link = /\(command:medfacts\.searchTrials\?([^)]+)\)/.exec(text);
    assert.ok(link, `no search command link: ${text}`);
    assert.deepStrictEqual(JSON.parse(decodeURIComponent(link[1])), [brand.generic]);
  });

  it('NCT hover: registry link, mentions with lines, and the phases the article gives the trial', async () => {
    const api = await medfacts();
    const { document: doc } = await openFixture('article.md');
    const mentions = api.analysisFor(doc.uri)!.analysis.facts.filter((f) => f.kind === 'nct' && f.value === 'NCT05123456');
    assert.ok(mentions.length >= 2, 'the article names NCT05123456 more than once');
    const text = await hoverAt(doc.uri, positionOf(doc, 'NCT05123456').translate(0, 3));
    assert.ok(text.includes('(https://clinicaltrials.gov/study/NCT05123456)'), text);
    assert.ok(text.includes(`${mentions.length} mentions in this document`), text);
    const lines = [...new Set(mentions.map((m) => doc.positionAt(m.start).line + 1))];
    assert.ok(text.includes(`line ${lines.join(', ')}`), `expected lines ${lines}: ${text}`);
    // "Phase 2b study ... registered as NCT05123456" and "An earlier phase 2 report on the same NCT05123456".
    assert.ok(/different phases: .*Phase 2b.*Phase 2\b|different phases: .*Phase 2\b.*Phase 2b/.test(text), text);
  });

  it('phase hover: the phase in plain words, and a conflicting phase for the same trial', async () => {
    const { document: doc } = await openFixture('article.md');
    const text = await hoverAt(doc.uri, positionOf(doc, 'Phase 2b').translate(0, 2));
    assert.ok(text.includes('Phase 2b: an efficacy trial'), text);
    assert.ok(text.includes('NCT05123456 is also given **Phase 2**'), text);
    const notes = await openFixture('notes.txt');
    const combined = await hoverAt(notes.document.uri, positionOf(notes.document, 'Phase 1/2').translate(0, 1));
    assert.ok(combined.includes('Phase 1/2: a combined first-in-human and efficacy trial'), combined);
  });

  it('date hover: ISO value and age against the article\'s date (or today when it has none)', async () => {
    const api = await medfacts();
    const { document: doc } = await openFixture('article.md');
    const text = await hoverAt(doc.uri, positionOf(doc, 'December 2023'));
    assert.ok(text.includes('`2023-12`'), text);
    const own = api.analysisFor(doc.uri)!.analysis.documentDate;
    const reference = own ? `before this article's date (${own.value})` : `before today (${new Date().toISOString().slice(0, 10)})`;
    assert.ok(/(\d+ years? )?(\d+ months? )?before/i.test(text) && text.includes(reference), `expected "${reference}": ${text}`);
  });

  it('no hover away from facts', async () => {
    const { document: doc } = await openFixture('article.md');
    const text = await hoverAt(doc.uri, positionOf(doc, 'participants').translate(0, 3));
    assert.ok(!text.includes('MedFacts'), text);
  });

  it('links every NCT ID in prose to its study page (an ID in a URL keeps the URL\'s link), none inside code blocks', async () => {
    const api = await medfacts();
    const { document: doc } = await openFixture('article.md');
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', doc.uri);
    const ours = links.filter((l) => l.target?.toString(true).startsWith('https://clinicaltrials.gov/study/'));
    const ncts = api.analysisFor(doc.uri)!.analysis.facts.filter((f) => f.kind === 'nct');
    assert.ok(ncts.length > 0);
    const inUrl = (offset: number) => /:\/\/\S*$/.test(doc.getText().slice(doc.offsetAt(doc.positionAt(offset).with(undefined, 0)), offset));
    assert.ok(ncts.some((f) => inUrl(f.start)) && ncts.some((f) => !inUrl(f.start)), 'the article has IDs in and out of URLs');
    for (const f of ncts) {
      if (inUrl(f.start)) {
        assert.ok(links.some((l) => l.range.contains(doc.positionAt(f.start)) && l.target?.toString(true).includes(f.value)), `the URL around ${f.text} is a link`);
        continue;
      }
      const range = new vscode.Range(doc.positionAt(f.start), doc.positionAt(f.end));
      assert.ok(
        ours.some((l) => l.range.isEqual(range) && l.target!.toString(true) === `https://clinicaltrials.gov/study/${f.value}`),
        `no link on ${f.text} at ${range.start.line}:${range.start.character}`,
      );
    }
    const codeLine = positionOf(doc, 'NCT99999999').line;
    assert.ok(!ours.some((l) => l.range.start.line === codeLine), 'linked an ID inside a code block');
  });
});
