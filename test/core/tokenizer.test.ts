import { strict as assert } from 'assert';
import { compileTokenizer } from '../../scripts/build-tokenizer';
import { ANCHOR_KINDS, ANCHOR_PREFIXES, type AnchorKind } from '../../src/core/kinds/dates/anchors';
import { TOKENIZER_WASM } from '../../src/core/words/tokenizer-wasm';
import { HYPHEN, Tokens } from '../../src/core/words/tokens';
import { hashWord } from '../../src/core/words/word-hash';

/**
 * The WebAssembly word reader (words/tokenizer.wat) as its host (words/tokens.ts) runs it: the
 * binary shipped is the one its source compiles to, and paragraphs larger than any before (more
 * bytes, words or anchors than the memory holds) read the same as small ones.
 */
describe('the word reader module', () => {
  it('ships the binary that tokenizer.wat compiles to', async () => {
    const binary = await compileTokenizer();
    assert.equal(Buffer.from(binary).toString('base64'), TOKENIZER_WASM, 'tokenizer-wasm.ts is stale: run npx tsx scripts/build-tokenizer.ts');
  });

  /** Words as a regex reads them in text without dots (letter/digit runs joined by single hyphens). */
  const WORD = /[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*/g;
  const byPrefix = new Map<string, AnchorKind>();
  for (const [kind, prefixes] of Object.entries(ANCHOR_PREFIXES)) for (const p of prefixes.split(' ')) byPrefix.set(p, kind as AnchorKind);
  const ANCHOR = new RegExp(`\\b(?:\\d|${[...byPrefix.keys()].join('|')})`, 'gi');

  function expected(text: string) {
    const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, hash: hashWord(m[0].toLowerCase()) }));
    const anchors = [...text.matchAll(ANCHOR)].map((m): [number, AnchorKind] => [m.index, /^\d$/.test(m[0]) ? 'digit' : byPrefix.get(m[0].toLowerCase())!]);
    return { words, anchors };
  }

  function actual(t: Tokens) {
    const words = Array.from({ length: t.count }, (_, i) => ({ start: t.start[i], end: t.end[i], hash: t.hash[i] }));
    const a = t.dateAnchors;
    const anchors = Array.from({ length: a.count }, (_, k): [number, AnchorKind] => [a.at[k], ANCHOR_KINDS[a.kind[k]]]);
    return { words, anchors };
  }

  /** One paragraph of `n` pieces, chosen by a fixed sequence: words, dates, codes, non-ASCII text. */
  function paragraph(n: number): string {
    const pieces = ['May 5, 2019', 'the', 'mid-March', 'NCT01234567', 'Phase 2', 'trial', 'café', '😀', 'Q3', 'thing', 'AMX-0035', 'in', 'Thursday'];
    let x = 12345;
    const out: string[] = [];
    for (let k = 0; k < n; k++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      out.push(pieces[x % pieces.length]);
    }
    return out.join(' ');
  }

  it('reads a paragraph with more bytes, words and anchors than any before, then small ones, the same as a regex', () => {
    const t = new Tokens();
    const small = 'On May 5, 2019 the mid-March Phase 2 trial (NCT01234567).';
    assert.deepEqual(actual(t.read(small)), expected(small));
    // ~300 KB: past the first room for text (4 KB), words (1,024) and anchors (256), many times over.
    const long = paragraph(40_000);
    const read = actual(t.read(long));
    const want = expected(long);
    assert.equal(read.words.length, want.words.length);
    assert.ok(read.words.length > 40_000 && read.anchors.length > 10_000, `${read.words.length} words, ${read.anchors.length} anchors`);
    assert.deepEqual(read, want);
    assert.equal(t.mayHaveNct && t.mayHavePhase, true);
    const hyphened = read.words.findIndex((w) => long.slice(w.start, w.end) === 'mid-March');
    assert.equal(t.shape[hyphened] & HYPHEN, HYPHEN);
    // The room stays: a small paragraph after the long one, then the long one again.
    assert.deepEqual(actual(t.read(small)), expected(small));
    assert.deepEqual(actual(t.read('no anchors here')), expected('no anchors here'));
    assert.equal(t.mayHaveNct || t.mayHavePhase, false);
    assert.deepEqual(actual(t.read(long)), want);
  });

  it('reads an empty paragraph and one with no word character', () => {
    const t = new Tokens();
    for (const text of ['', ' ', '—…“”', '\u00a0\n\t', '😀😀']) {
      t.read(text);
      assert.equal(t.count, 0, JSON.stringify(text));
      assert.equal(t.dateAnchors.count, 0);
    }
  });
});
