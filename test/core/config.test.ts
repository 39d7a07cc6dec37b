import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { parseConfig } from '../../src/core/config';

describe('parseConfig', () => {
  it('keeps every valid field', () => {
    const json = JSON.stringify({
      $schema: './schemas/medfacts.schema.json',
      checks: { 'date-stale': false, 'drug-spelling': 'error', 'phase-style': true },
      staleMonths: 6,
      phaseStyle: 'roman',
      allowedWords: ['Riluzon'],
      extraDrugs: { Neurolix: 'riluzole', tofersen: '' },
      referenceDate: '2024-02-29',
    });
    const { config, problems } = parseConfig(json);
    assert.deepEqual(problems, []);
    assert.deepEqual(config, {
      checks: { 'date-stale': false, 'drug-spelling': 'error', 'phase-style': true },
      staleMonths: 6,
      phaseStyle: 'roman',
      allowedWords: ['Riluzon'],
      extraDrugs: { Neurolix: 'riluzole', tofersen: '' },
      referenceDate: '2024-02-29',
    });
  });

  it('locates a JSON syntax error and falls back to the defaults', () => {
    const json = '{\n  "staleMonths": 6,\n  "phaseStyle": "roman"\n  "allowedWords": []\n}';
    const { config, problems } = parseConfig(json);
    assert.deepEqual(config, {});
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /^not valid JSON at line 4, column 3/);
    assert.equal(problems[0].start, json.indexOf('"allowedWords"'));
  });

  it('drops each bad field with a message pointing at it, keeping the good ones', () => {
    const json = '{"staleMonths": -3, "phaseStyle": "greek", "checks": {"nope": true, "date-stale": "loud", "drug-pairing": "warning"}, "referenceDate": "2023-02-30", "allowedWords": "x", "extraDrugs": {"A": 1}, "colour": 1}';
    const { config, problems } = parseConfig(json);
    assert.deepEqual(config, { checks: { 'drug-pairing': 'warning' }, extraDrugs: {} });
    const byText = problems.map((p) => [json.slice(p.start, p.end), p.message] as const);
    assert.deepEqual(byText.map((b) => b[0]), ['"staleMonths"', '"phaseStyle"', '"nope"', '"date-stale"', '"referenceDate"', '"allowedWords"', '"A"', '"colour"']);
    assert.match(problems[0].message, /whole number of months/);
    assert.match(problems[7].message, /unknown setting "colour"/);
  });

  it('never throws, whatever it is given', () => {
    for (const json of ['', 'null', '[]', '42', '"x"', '{', '\uFEFF{}', '{"checks": null}']) {
      const { config } = parseConfig(json);
      assert.equal(typeof config, 'object');
    }
    assert.deepEqual(parseConfig('\uFEFF{"staleMonths": 3}').config, { staleMonths: 3 });
  });
});

describe('medfacts.schema.json', () => {
  // The schema (for editors) and parseConfig (for the tools) must agree on what is valid.
  const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '../../schemas/medfacts.schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

  const samples: unknown[] = [
    {},
    { checks: { 'date-stale': false, 'drug-spelling': 'error', 'phase-style': 'off' }, staleMonths: 6, phaseStyle: 'roman' },
    { allowedWords: ['Riluzon'], extraDrugs: { Neurolix: 'riluzole' }, referenceDate: '2024-02-29' },
    { staleMonths: 0 },
    { staleMonths: 2.5 },
    { phaseStyle: 'greek' },
    { checks: { nope: true } },
    { checks: { 'date-stale': 'loud' } },
    { allowedWords: 'x' },
    { allowedWords: [''] },
    { extraDrugs: { A: 1 } },
    { referenceDate: '2024-13-01' },
    { colour: 'red' },
  ];
  for (const sample of samples) {
    it(`agrees with parseConfig on ${JSON.stringify(sample)}`, () => {
      const { problems } = parseConfig(JSON.stringify(sample));
      assert.equal(validate(sample), problems.length === 0, JSON.stringify(validate.errors));
    });
  }
});
