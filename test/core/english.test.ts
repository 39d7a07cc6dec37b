import { strict as assert } from 'assert';
import { ENGLISH_WORDS, FIRST_NAMES } from '../../src/core/data/english-words';
import { createOrdinaryName, isCommonWord, isEnglishWord, isFirstNameHash, isKnownWord } from '../../src/core/kinds/drugs/english';
import { hashWord } from '../../src/core/words/word-hash';
import { compromiseFirstNames, compromiseWords } from './compromise-words';

describe('English model', () => {
  it('ships exactly the words of the installed compromise lexicon (re-run scripts/build-english-words.ts after an upgrade)', () => {
    const shipped = ENGLISH_WORDS.split(/\s+/).filter(Boolean);
    assert.deepEqual(shipped, compromiseWords());
    assert.deepEqual(FIRST_NAMES.split(/\s+/).filter(Boolean), compromiseFirstNames());
  });

  it('knows first names, by their hash', () => {
    for (const w of ['keith', 'rahul', 'michael', 'paul']) assert.ok(isFirstNameHash(hashWord(w)), w);
    for (const w of ['humphreys', 'qnexa', 'university']) assert.ok(!isFirstNameHash(hashWord(w)), w);
  });

  it('knows ordinary words and plurals, not drug names', () => {
    for (const w of ['however', 'dallas', 'trial', 'the']) assert.ok(isKnownWord(w), w);
    assert.ok(isEnglishWord('trials'));
    for (const w of ['riluzole', 'keytruda', 'qnexa']) assert.ok(!isEnglishWord(w), w);
  });

  it('knows every word compromise knows and the everyday words it lacks (common-words.ts), not drug names or new names', () => {
    for (const w of ['university', 'department', 'medicine', 'currently', 'administration']) assert.ok(!isKnownWord(w) && isCommonWord(w), w);
    for (const w of ['however', 'dallas', 'trial']) assert.ok(isKnownWord(w) && isCommonWord(w), w);
    for (const w of ['riluzole', 'keytruda', 'qnexa', 'zorblat', 'teixobactin']) assert.ok(!isCommonWord(w), w);
  });

  it('reads a surname after a first name as a person, and an unknown product name as a name', () => {
    const ordinary = createOrdinaryName();
    const sentence = 'Keith Humphreys, a drug policy expert at Stanford University, said the study reveals an underappreciated lever';
    assert.equal(ordinary(sentence, 'Humphreys'), true);
    assert.equal(ordinary('The company said Qnexa reduced weight by 10 percent in the trial', 'Qnexa'), false);
  });
});
