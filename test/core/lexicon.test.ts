import { strict as assert } from 'assert';
import { BRAND_NAMES, GENERIC_NAMES } from '../../src/core/data/lexicon-data';
import { loadLexicon } from '../../src/core/lexicon';
import { STOPLIST } from '../../src/core/data/stoplist';

describe('lexicon', () => {
  const lex = loadLexicon();

  it("gives a co-packaged product's ingredients as one combination, and keeps a comma that is part of a name", () => {
    assert.equal(lex.genericOf('Viekira Pak'), 'dasabuvir+ombitasvir+paritaprevir+ritonavir');
    assert.equal(lex.genericOf('Trikafta'), 'elexacaftor+ivacaftor+tezacaftor');
    assert.equal(lex.genericOf('Acetasol'), 'acetic acid, glacial');
  });

  // Its load time is measured by `npm run bench` (target <= 30 ms), not here: timings flake on shared machines.
  it('is built once and shared by every engine', () => {
    assert.equal(loadLexicon(), lex);
    assert.ok(lex.size > 15000, `only ${lex.size} names`);
  });

  it('finds generics and brands by lower-case name, with the brand generic', () => {
    assert.equal(lex.get('riluzole')?.kind, 'generic');
    assert.equal(lex.get('riluzole')?.generic, undefined);
    const rilutek = lex.get('rilutek');
    assert.equal(rilutek?.kind, 'brand');
    assert.equal(rilutek?.name, 'Rilutek');
    assert.equal(rilutek?.generic, 'riluzole');
    assert.equal(lex.genericOf('KEYTRUDA'), 'pembrolizumab');
    assert.equal(lex.get('not-a-drug-name'), undefined);
  });

  it('is built from lists sorted by lower-case name, which its binary search needs', () => {
    const sorted = (keys: string[]) => keys.every((k, i) => i === 0 || keys[i - 1] <= k);
    assert.ok(sorted(GENERIC_NAMES.split('\n')), 'generics');
    assert.ok(sorted(BRAND_NAMES.split('\n').map((l) => l.replace(/^~/, '').split('\t')[0].toLowerCase())), 'brands');
    // A name whose first word is a prefix of others': "insulin" and "insulin glargine", not "insulins".
    assert.ok(lex.withFirst('insulin').every((e) => e.words[0] === 'insulin'));
    assert.ok(lex.withFirst('insulin').some((e) => e.lower === 'insulin glargine'));
  });

  it('indexes multi-word names by first word, longest first', () => {
    const sodium = lex.withFirst('sodium');
    assert.ok(sodium.some((e) => e.lower === 'sodium phenylbutyrate'));
    for (let k = 1; k < sodium.length; k++) assert.ok(sodium[k - 1].words.length >= sodium[k].words.length);
    assert.deepEqual(lex.get('eylea hd')?.words, ['eylea', 'hd']);
  });

  it('has a brand that Drugs@FDA names only with a strength or a form under its name alone too', () => {
    // Drugs@FDA lists "Adderall 10" ... "Adderall 30" and "Exondys 51", never the bare names.
    assert.equal(lex.get('adderall')?.kind, 'brand');
    assert.match(lex.get('adderall')?.generic ?? '', /dextroamphetamine/);
    assert.equal(lex.get('exondys')?.generic, 'eteplirsen');
    assert.equal(lex.get('exondys 51')?.generic, 'eteplirsen', 'the full product name stays, matched first');
    // Named only with a form: "Advair HFA", "Nurtec ODT", "Humulin N"; not an ordinary word or one letter.
    for (const name of ['advair', 'nurtec', 'humulin', 'breo']) assert.equal(lex.get(name)?.kind, 'brand', name);
    for (const name of ['plan', 'urologic']) assert.equal(lex.get(name), undefined, name);
  });

  it('carries the hand-written supplement (CBER products, over-the-counter brands, abbreviations, non-US names)', () => {
    assert.equal(lex.get('zolgensma')?.generic, 'onasemnogene abeparvovec');
    assert.equal(lex.get('kymriah')?.generic, 'tisagenlecleucel');
    assert.equal(lex.get('comirnaty')?.kind, 'brand');
    assert.equal(lex.get('paracetamol')?.kind, 'generic');
    // Over-the-counter brands sold under FDA monographs, which Drugs@FDA does not list.
    assert.equal(lex.get('sudafed')?.generic, 'pseudoephedrine');
    assert.equal(lex.get('pepto-bismol')?.generic, 'bismuth subsalicylate');
    assert.equal(lex.get('robitussin dm')?.generic, 'dextromethorphan+guaifenesin');
    assert.equal(lex.get('fampridine')?.kind, 'generic');
    // Abbreviations news writes for one drug: names on sight, though short.
    assert.equal(lex.get('tpa')?.generic, 'alteplase');
    assert.equal(lex.get('thc')?.common, false);
    assert.equal(lex.get('dhea')?.generic, 'prasterone');
    assert.equal(lex.get('bcg')?.generic, 'bcg vaccine');
    assert.equal(lex.get('l-dopa')?.generic, 'levodopa');
    assert.equal(lex.get('vaporub')?.kind, 'brand');
  });

  it('drops stoplisted names and flags brands that are ordinary words', () => {
    for (const word of ['today', 'oxygen', 'water', 'alcohol', 'caffeine', 'dextrose', 'insulin', 'pfizer', 'cystic fibrosis transmembrane conductance regulator', 'escherichia coli']) {
      assert.ok(STOPLIST.has(word), word);
      assert.equal(lex.get(word), undefined, word);
    }
    assert.ok(lex.isStopped('plan b'));
    const common = lex.withFirst('intermezzo').concat(lex.withFirst('emend'));
    assert.equal(common.length, 0);
  });

  it('adds extra names from the user configuration', () => {
    const more = lex.withExtra({ NeuroNata: 'lenzumestrocel', zzfoxamab: '' });
    assert.equal(more.get('neuronata')?.kind, 'brand');
    assert.equal(more.get('neuronata')?.generic, 'lenzumestrocel');
    assert.equal(more.get('zzfoxamab')?.kind, 'generic');
    assert.equal(more.get('rilutek')?.generic, 'riluzole');
    assert.equal(lex.get('neuronata'), undefined, 'the bundled lexicon is unchanged');
    assert.equal(more.size, lex.size + 2);
  });
});
