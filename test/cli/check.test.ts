/** `medfacts check` as a process: spawns the built dist/cli.js (npm test builds it first). */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const CLI = path.resolve(__dirname, '..', '..', 'dist', 'cli.js');

function run(args: string[], options: { input?: string; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input: options.input, cwd: options.cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The parts of a SARIF log the test reads. */
interface SarifLog {
  version: string;
  runs: {
    results: {
      ruleId: string;
      level: string;
      locations: { physicalLocation: { region: { startLine: number } } }[];
      fixes: { artifactChanges: { replacements: { insertedContent: { text: string } }[] }[] }[];
    }[];
  }[];
}

/** An article with one finding of most kinds; no dateline, so --date (the article's date) decides what is stale. */
const ARTICLE = [
  '# Trial news',
  '',
  'The Phase 3 trial (NCT 04745299) is testing riluzol in adults.',
  '',
  'As of March 2021, the trial is recruiting at five sites.',
  '',
  'Patients may also take Rilutek (edaravone).',
  '',
].join('\n');

describe('medfacts check (CLI process)', function () {
  // Each case spawns the CLI a few times; a loaded machine needs more than mocha's default.
  this.timeout(120000);
  let dir: string;
  const file = (name: string) => path.join(dir, name);

  before(function () {
    assert.ok(fs.existsSync(CLI), `${CLI} is missing: run npm run build`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medfacts-check-'));
    fs.writeFileSync(file('article.md'), ARTICLE);
    fs.writeFileSync(file('clean.txt'), 'A Phase 2 trial of riluzole enrolled 40 adults.\n');
  });

  after(function () {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints compiler-style lines and a summary, exit 1 on errors', function () {
    const r = run(['check', '--date', '2025-11-20', file('article.md')]);
    assert.strictEqual(r.code, 1, r.err);
    const lines = r.out.trimEnd().split('\n');
    assert.deepStrictEqual(
      lines.slice(0, -1).map((l) => l.replace(`${file('article.md')}:`, '').split('  ').slice(0, 3).join(' ')),
      ['3:20 error nct-malformed', '3:45 warning drug-spelling', '5:7 warning date-stale', '7:33 error drug-pairing'],
    );
    assert.match(lines[0], /'NCT 04745299' is not a valid ClinicalTrials.gov ID/);
    assert.match(lines[1], /'riluzol' .* did you mean 'riluzole'\?/);
    assert.match(lines[2], /'is recruiting' refers to March 2021, 4 years 8 months before the given date \(Nov 2025\)/);
    assert.strictEqual(lines[lines.length - 1], '4 problems (2 errors, 2 warnings) in 1 file.');
  });

  it('exit codes follow --fail-on; a clean file exits 0', function () {
    assert.strictEqual(run(['check', '--fail-on', 'none', '--date', '2025-11-20', file('article.md')]).code, 0);
    assert.strictEqual(run(['check', '--fail-on', 'warning', file('clean.txt')]).code, 0);
    const clean = run(['check', file('clean.txt')]);
    assert.strictEqual(clean.out, 'No problems found in 1 file.\n');
    const cfg = file('warn-only.json');
    fs.writeFileSync(cfg, JSON.stringify({ checks: { 'nct-malformed': 'warning', 'drug-pairing': false } }));
    assert.strictEqual(run(['check', '--config', cfg, '--date', '2025-11-20', file('article.md')]).code, 0);
    assert.strictEqual(run(['check', '--config', cfg, '--fail-on', 'warning', '--date', '2025-11-20', file('article.md')]).code, 1);
  });

  it('exit 2 with a one-line message on usage and read errors', function () {
    for (const args of [['check'], ['check', '--format', 'xml', 'x.md'], ['check', '--fail-on', 'loud', 'x.md'], ['check', '--date', '2025-02-30', 'x.md'], ['check', '--fix', '-']]) {
      const r = run(args);
      assert.strictEqual(r.code, 2, args.join(' '));
      assert.match(r.err, /^medfacts: /);
      assert.doesNotMatch(r.err, /\n\s+at /);
    }
    const missing = run(['check', file('nope.md'), file('clean.txt')]);
    assert.strictEqual(missing.code, 2);
    assert.match(missing.err, /nope\.md: no such file or folder/);
    assert.match(missing.out, /No problems found in 1 file/);
    assert.strictEqual(run(['check', '--config', file('nope.json'), file('clean.txt')]).code, 2);
  });

  it('a malformed config gives one located message and the defaults', function () {
    const cfg = file('bad.json');
    fs.writeFileSync(cfg, '{\n  "staleMonths": 6\n  "phaseStyle": "roman"\n}');
    const r = run(['check', '--config', cfg, '--date', '2025-11-20', file('article.md')]);
    assert.strictEqual(r.code, 1);
    assert.strictEqual(r.err.trim().split('\n').length, 1);
    assert.match(r.err, /bad\.json:3:3: not valid JSON at line 3, column 3/);
    assert.match(r.out, /4 problems/);
  });

  it('reads .medfacts.json from the current folder and standard input', function () {
    const sub = fs.mkdtempSync(path.join(dir, 'cwd-'));
    fs.writeFileSync(path.join(sub, '.medfacts.json'), JSON.stringify({ allowedWords: ['riluzol'], phaseStyle: 'roman' }));
    const r = run(['check', '--format', 'json', '--date', '2025-11-20', '-'], { input: ARTICLE, cwd: sub });
    const codes = JSON.parse(r.out).documents[0].findings.map((f: { code: string }) => f.code);
    assert.deepStrictEqual(codes, ['phase-style', 'nct-malformed', 'date-stale', 'drug-pairing']);
  });

  it('JSON: documents with file, date and placed findings', function () {
    const r = run(['check', '--format', 'json', '--date', '2025-11-20', file('article.md'), file('clean.txt')]);
    const report = JSON.parse(r.out);
    assert.strictEqual(report.documents.length, 2);
    const [doc] = report.documents;
    assert.strictEqual(doc.file, file('article.md'));
    assert.strictEqual(doc.date, '2025-11-20');
    const nct = doc.findings[0];
    assert.deepStrictEqual(
      { code: nct.code, severity: nct.severity, line: nct.line, column: nct.column, text: ARTICLE.slice(nct.start, nct.end), fix: nct.fix },
      { code: 'nct-malformed', severity: 'error', line: 3, column: 20, text: 'NCT 04745299', fix: { start: nct.start, end: nct.end, text: 'NCT04745299' } },
    );
    assert.deepStrictEqual(report.documents[1].findings, []);
  });

  it('SARIF validates against the official SARIF 2.1.0 schema', function () {
    const schema = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8'));
    // unicodeRegExp off: one pattern in the official schema is not valid with the u flag.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile<SarifLog>(schema);
    const r = run(['check', '--format', 'sarif', '--date', '2025-11-20', file('article.md'), file('clean.txt')]);
    assert.strictEqual(r.code, 1);
    const log: SarifLog = JSON.parse(r.out);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    const results = log.runs[0].results;
    assert.deepStrictEqual(results.map((x) => x.ruleId), ['nct-malformed', 'drug-spelling', 'date-stale', 'drug-pairing']);
    assert.strictEqual(results[0].level, 'error');
    assert.deepStrictEqual(results[0].locations[0].physicalLocation.region.startLine, 3);
    assert.strictEqual(results[0].fixes[0].artifactChanges[0].replacements[0].insertedContent.text, 'NCT04745299');
    // A document that is not valid SARIF must fail the same validation.
    assert.ok(!validate({ ...log, version: '2.0.0' }));
  });

  it('--fix applies the sure fixes atomically; checking again finds none of them', function () {
    const target = file('fix-me.md');
    fs.writeFileSync(target, ARTICLE);
    const r = run(['check', '--fix', '--date', '2025-11-20', target]);
    const fixed = fs.readFileSync(target, 'utf8');
    assert.strictEqual(
      fixed,
      ARTICLE.replace('NCT 04745299', 'NCT04745299').replace('riluzol ', 'riluzole '),
    );
    assert.match(r.out, /fixed 2 problems/);
    assert.deepStrictEqual(fs.readdirSync(dir).filter((n) => n.includes('.tmp')), []);
    const again = run(['check', '--format', 'json', '--date', '2025-11-20', target]);
    const codes = JSON.parse(again.out).documents[0].findings.map((f: { code: string }) => f.code);
    assert.deepStrictEqual(codes, ['date-stale', 'drug-pairing']);
    // Nothing left to fix: the file is not rewritten.
    const before = fs.statSync(target).mtimeMs;
    run(['check', '--fix', '--date', '2025-11-20', target]);
    assert.strictEqual(fs.statSync(target).mtimeMs, before);
  });

  it('checks folders recursively and globs', function () {
    const r = run(['check', '--format', 'json', dir]);
    const files = JSON.parse(r.out).documents.map((d: { file: string }) => path.basename(d.file));
    assert.ok(files.includes('article.md') && files.includes('clean.txt'), files.join(','));
    const g = run(['check', '--format', 'json', path.join(dir, '*.txt')]);
    assert.deepStrictEqual(JSON.parse(g.out).documents.map((d: { file: string }) => path.basename(d.file)), ['clean.txt']);
  });
});
