import { strict as assert } from 'assert';
import { scanMalformedNct, scanNct } from '../../src/core/kinds/nct';

const ids = (s: string) => scanNct(s).map((f) => [f.text, f.value]);

describe('scanNct', () => {
  it('finds an ID in prose and in parentheses, with exact offsets', () => {
    const s = 'The trial (NCT04745299) enrolled 115 adults; see also NCT01363401.';
    const facts = scanNct(s);
    assert.deepEqual(facts.map((f) => f.value), ['NCT04745299', 'NCT01363401']);
    for (const f of facts) {
      assert.equal(f.kind, 'nct');
      assert.equal(s.slice(f.start, f.end), f.text);
    }
    assert.equal(facts[0].start, s.indexOf('NCT04745299'));
  });

  it('is case-insensitive and upper-cases the value', () => {
    assert.deepEqual(ids('registered as nct04745299.'), [['nct04745299', 'NCT04745299']]);
  });

  it('finds IDs inside URLs', () => {
    assert.deepEqual(ids('https://clinicaltrials.gov/study/NCT04745299'), [['NCT04745299', 'NCT04745299']]);
    assert.deepEqual(ids('clinicaltrials.gov/ct2/show/NCT01363401?term=als'), [['NCT01363401', 'NCT01363401']]);
  });

  it('appends to the array it is given', () => {
    const into = scanNct('NCT04745299');
    assert.equal(scanNct('and NCT01363401', into), into);
    assert.deepEqual(into.map((f) => [f.value, f.start]), [['NCT04745299', 0], ['NCT01363401', 4]]);
  });

  it('rejects malformed and glued tokens', () => {
    for (const s of ['NCT0474529', 'NCT 04745299', 'NCT-04745299', 'NCT047452991', 'XNCT04745299', 'NCT04745299a', '4NCT04745299']) {
      assert.deepEqual(scanNct(s), [], s);
    }
  });
});

describe('scanMalformedNct', () => {
  it('suggests the ID when only a separator is wrong', () => {
    for (const s of ['NCT 04745299', 'NCT-04745299', 'NCT: 04745299', 'nct 04745299']) {
      const [m] = scanMalformedNct(`See ${s} now`);
      assert.equal(m.text, s);
      assert.equal(m.start, 4);
      assert.equal(m.suggestion, 'NCT04745299', s);
    }
  });

  it('reports wrong digit counts without a suggestion', () => {
    for (const s of ['NCT0474529', 'NCT047452991', 'NCT04745299b']) {
      const found = scanMalformedNct(`(${s})`);
      assert.equal(found.length, 1, s);
      assert.equal(found[0].text, s);
      assert.equal(found[0].suggestion, undefined);
    }
  });

  it('ignores valid IDs and words that merely contain NCT', () => {
    assert.deepEqual(scanMalformedNct('NCT04745299 and the NCTs and DNCT12 and XNCT0123'), []);
  });
});
