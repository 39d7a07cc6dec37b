import { strict as assert } from 'assert';
import { maskProse, ProseMask } from '../../src/core/mask';
import type { DocumentFormat } from '../../src/core/facts';

const FORMATS: DocumentFormat[] = ['text', 'markdown', 'html'];

/** The words left visible, in order. */
const visible = (s: string, format: DocumentFormat) => maskProse(s, format).split(/\s+/).filter(Boolean);

/** The mask only ever turns characters into spaces, and keeps line breaks. */
function assertShapeKept(s: string, format: DocumentFormat): void {
  const m = maskProse(s, format);
  assert.equal(m.length, s.length);
  for (let i = 0; i < s.length; i++) {
    if (m[i] !== s[i]) assert.equal(m[i], ' ', `${format} position ${i}`);
    if (s[i] === '\n' || s[i] === '\r') assert.equal(m[i], s[i]);
  }
}

describe('maskProse', () => {
  it('leaves plain prose untouched in every format', () => {
    const s = 'A Phase 3 trial of riluzole began on March 31, 2021 (p < 0.05).\r\nNext line.';
    for (const f of FORMATS) assert.equal(maskProse(s, f === 'html' ? 'text' : f), s);
  });

  it('blanks bare URLs but keeps the NCT ID inside them, at its offset', () => {
    const s = 'See https://clinicaltrials.gov/study/NCT04745299?term=x&rank=1. Also clinicaltrials.gov/ct2/show/NCT01363401, and www.example.com/2021/03/31/news.';
    for (const f of FORMATS) {
      const m = maskProse(s, f);
      assert.deepEqual(visible(s, f), ['See', 'NCT04745299', '.', 'Also', 'NCT01363401,', 'and', '.'], f);
      assert.equal(m.indexOf('NCT04745299'), s.indexOf('NCT04745299'));
      assertShapeKept(s, f);
    }
  });

  it('keeps punctuation and an unmatched parenthesis after a URL', () => {
    assert.deepEqual(visible('(see https://a.org/x_(y)).', 'text'), ['(see', ').']);
  });

  it('does not take a glued longer number for an NCT ID in a URL', () => {
    assert.deepEqual(visible('https://x.org/NCT047452991', 'text'), []);
  });

  it('markdown: blanks fenced code blocks, tilde fences, and an unclosed fence to the end', () => {
    const s = 'Before Phase 1\n\n```js\nconst p = "Phase 3";\n```\n\n~~~~\nPhase 2\n~~~\nstill code\n~~~~\nAfter\n\n   ```\nopen NCT01234567';
    assert.deepEqual(visible(s, 'markdown'), ['Before', 'Phase', '1', 'After']);
    assertShapeKept(s, 'markdown');
  });

  it('markdown: hides closed YAML front matter at the start only', () => {
    const s = '---\ntitle: "Phase 3 news"\ntags: [NCT04886596]\n---\nBody Phase 2\n\n---\nnot: front matter\n---\n';
    assert.deepEqual(visible(s, 'markdown'), ['Body', 'Phase', '2', '---', 'not:', 'front', 'matter', '---']);
    const unclosed = '---\ntitle: Phase 3\n';
    assert.equal(maskProse(unclosed, 'markdown'), unclosed);
  });

  it('markdown: a fence needs to start its line (at most 3 spaces)', () => {
    const s = 'text ``` not a fence\n    ```\nindented four is not a fence either';
    assert.equal(maskProse(s, 'markdown'), s);
  });

  it('markdown: blanks link destinations and titles, keeping NCT IDs', () => {
    const s = 'Read [the study](https://x.org/trials/NCT01363401 "Phase 2 page") and ![chart](img/2021.png).';
    assert.deepEqual(visible(s, 'markdown'), ['Read', '[the', 'study](', 'NCT01363401', ')', 'and', '![chart](', ').']);
  });

  it('markdown: blanks HTML comments and tags, not comparisons', () => {
    const s = 'A <!-- Phase 2 draft --> trial <span class="x">of</span> riluzole, p < 0.05 and n > 3.';
    assert.deepEqual(visible(s, 'markdown'), ['A', 'trial', 'of', 'riluzole,', 'p', '<', '0.05', 'and', 'n', '>', '3.']);
  });

  it('markdown: a tag does not run across a blank line', () => {
    const s = 'Values <b\n\nstill prose > here';
    assert.equal(maskProse(s, 'markdown'), s);
  });

  it('html: blanks tags (with their attributes), comments, scripts, styles and entities', () => {
    const s =
      '<!DOCTYPE html><html><head><style>p { color: red } /* Phase 2 */</style>' +
      '<script type="x">var d = "March 2021";</script></head><body>\n' +
      '<p title="NCT11111111">A&nbsp;<b>Phase 3</b> study &amp; <a href="https://clinicaltrials.gov/study/NCT22222222">NCT22222222</a>&#8217;s</p>' +
      '<!-- NCT33333333 --></body></html>';
    assert.deepEqual(visible(s, 'html'), ['A', 'Phase', '3', 'study', 'NCT22222222', 's']);
    assertShapeKept(s, 'html');
  });

  it('html: the head (title, meta, JSON-LD) is not prose; header elements are', () => {
    const s = '<html><HEAD><title>Phase 3</title><meta content="2021-03-31"></head ><body><header>Phase 2</header></body></html>';
    assert.deepEqual(visible(s, 'html'), ['Phase', '2']);
  });

  it('html: script content with tags inside is hidden whole', () => {
    assert.deepEqual(visible('<SCRIPT>if (a<b) x = "<p>Phase 2</p>";</SCRIPT >ok', 'html'), ['ok']);
  });

  it('text: leaves markup alone (only URLs are hidden)', () => {
    const s = '<b>Phase 3</b> &amp; ```code```';
    assert.equal(maskProse(s, 'text'), s);
  });

  it('gives any slice of the masked text without masking the whole', () => {
    const doc = 'Intro\n```\na\rb\r\n```\nNCT04745299 at https://x.org/NCT04745299 now';
    const mask = new ProseMask(doc, 'markdown');
    const whole = maskProse(doc, 'markdown');
    for (let from = 0; from <= doc.length; from++) {
      for (let to = from; to <= doc.length; to++) assert.equal(mask.slice(from, to), whole.slice(from, to), `${from}..${to}`);
    }
    assert.equal(whole.slice(0, 15), 'Intro\n   \n   \r\n');
  });

  it('keeps length and line breaks on messy input', () => {
    const messy = '<a\n<!--\r\n```\n](x\nhttp://\n&#x1F600;\uD800 www.\n~~~';
    for (const f of FORMATS) assertShapeKept(messy, f);
  });

  // Linear time is measured on these inputs by `npm run bench`; here: same length, never throws.
  it('handles adversarial input', function () {
    const units = ['<a', '<!--', 'https://', 'a.gov/', '](((', '```\n', '&#', '<a <b', 'www.', 'x/', '<script>', '</', '---\n'];
    for (const unit of units) {
      const big = unit.repeat(20000);
      for (const f of FORMATS) assert.equal(maskProse(big, f).length, big.length, `${JSON.stringify(unit)} ${f}`);
    }
  });

});
