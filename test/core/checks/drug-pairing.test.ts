import { strict as assert } from 'assert';
import { runChecks } from '../../../src/core/checks';
import { analysis, fact } from './helpers';

const pairing = (text: string, facts: ReturnType<typeof fact>[]) =>
  runChecks(text, analysis(facts), { today: '2025-06-01' }).filter((f) => f.code === 'drug-pairing');

describe('drug-pairing', () => {
  it('reports a brand bracketed with a generic that is not its ingredient', () => {
    const text = 'Patients took Rilutek (edaravone) daily.';
    const facts = [fact(text, 'drug', 'Rilutek', 'rilutek'), fact(text, 'drug', 'edaravone', 'edaravone')];
    const [f] = pairing(text, facts);
    assert.equal(f.severity, 'error');
    assert.equal(text.slice(f.start, f.end), 'edaravone');
    assert.match(f.message, /Rilutek is not edaravone: its active ingredient is riluzole/);
    assert.equal(f.related?.[0].start, text.indexOf('Rilutek'));
  });

  it('reads the generic-first order and "marketed as"', () => {
    const text = 'edaravone, marketed as Rilutek, was given.';
    const facts = [fact(text, 'drug', 'edaravone', 'edaravone'), fact(text, 'drug', 'Rilutek', 'rilutek')];
    assert.equal(pairing(text, facts).length, 1);
  });

  it('accepts correct pairs, salt forms and names it does not know', () => {
    const ok = [
      ['Rilutek (riluzole)', 'Rilutek', 'riluzole'],
      ['riluzole (Rilutek)', 'riluzole', 'Rilutek'],
      ['NeuroNata-R (lenzumestrocel)', 'NeuroNata-R', 'lenzumestrocel'],
      ['Rilutek (Radicava)', 'Rilutek', 'Radicava'],
    ];
    for (const [text, a, b] of ok) {
      const facts = [fact(text, 'drug', a, a.toLowerCase()), fact(text, 'drug', b, b.toLowerCase())];
      assert.deepEqual(pairing(text, facts), [], text);
    }
  });

  it('ignores drugs that are merely listed together', () => {
    const text = 'Rilutek and edaravone (both approved) were compared.';
    const facts = [fact(text, 'drug', 'Rilutek', 'rilutek'), fact(text, 'drug', 'edaravone', 'edaravone')];
    assert.deepEqual(pairing(text, facts), []);
  });
});

describe('drug-pairing on class words and lists', () => {
  it('ignores a generic used as a class word and bracketed lists', () => {
    for (const [text, a, b] of [
      ['women took a synthetic progesterone (Provera) daily', 'progesterone', 'Provera'],
      ['oxycodone and hydrocodone (sold as OxyContin and Vicodin, respectively)', 'hydrocodone', 'OxyContin'],
    ]) {
      const facts = [fact(text, 'drug', a, a.toLowerCase()), fact(text, 'drug', b, b.toLowerCase())];
      assert.deepEqual(pairing(text, facts), [], text);
    }
  });
});
