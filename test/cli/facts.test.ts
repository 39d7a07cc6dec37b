/** The CLI as a process: spawns the built dist/cli.js (npm test builds it first). */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const CLI = path.resolve(__dirname, '..', '..', 'dist', 'cli.js');

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('medfacts facts (CLI process)', function () {
  let dir: string;
  const article = 'BOSTON, March 3, 2022 -- A Phase 2b trial (NCT04745299) of tofersen is recruiting.\n';

  before(function () {
    assert.ok(fs.existsSync(CLI), `${CLI} is missing: run npm run build`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medfacts-cli-'));
    fs.writeFileSync(path.join(dir, 'a.md'), article);
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    fs.writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('caf\xe9 Phase 3', 'latin1'));
    fs.mkdirSync(path.join(dir, 'folder'));
  });

  after(function () {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints --version and --help with exit 0', function () {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'package.json'), 'utf8'));
    assert.deepStrictEqual(run(['--version']), { code: 0, out: `${pkg.version}\n`, err: '' });
    const help = run(['--help']);
    assert.strictEqual(help.code, 0);
    assert.match(help.out, /medfacts facts \[--format text\|json\]/);
  });

  it('prints JSON in the documented shape, with offsets that index the file text', function () {
    const file = path.join(dir, 'a.md');
    const r = run(['facts', '--format', 'json', file]);
    assert.strictEqual(r.code, 0, r.err);
    const json = JSON.parse(r.out);
    assert.deepStrictEqual(Object.keys(json), ['documents']);
    assert.strictEqual(json.documents.length, 1);
    const doc = json.documents[0];
    assert.strictEqual(doc.file, file);
    assert.strictEqual(doc.date, '2022-03-03');
    const nct = doc.facts.find((f: { kind: string }) => f.kind === 'nct');
    assert.deepStrictEqual(nct, { kind: 'nct', text: 'NCT04745299', start: 43, end: 54, value: 'NCT04745299' });
    for (const f of doc.facts) assert.strictEqual(article.slice(f.start, f.end), f.text);
  });

  it('prints aligned text rows: file:line:col  kind  value  "text"', function () {
    const file = path.join(dir, 'a.md');
    const r = run(['facts', file]);
    assert.strictEqual(r.code, 0, r.err);
    const rows = r.out.trimEnd().split('\n');
    const nctRow = rows.find((l) => l.includes('NCT04745299'));
    assert.ok(nctRow, r.out);
    assert.match(nctRow!, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:44 +nct +NCT04745299 +"NCT04745299"$`));
    // Aligned: every row's kind column starts at the same place.
    const kindCol = rows.map((l) => l.search(/ (drug|nct|phase|date) /));
    assert.ok(kindCol.every((c) => c === kindCol[0]), r.out);
  });

  it('reads standard input as "-"', function () {
    const r = run(['facts', '--format', 'json', '-'], 'See NCT01363401.');
    assert.strictEqual(r.code, 0, r.err);
    const doc = JSON.parse(r.out).documents[0];
    assert.strictEqual(doc.file, '-');
    assert.deepStrictEqual(doc.facts.map((f: { value: string }) => f.value), ['NCT01363401']);
  });

  it('--date overrides the document date', function () {
    const r = run(['facts', '--format', 'json', '--date', '2024-02-29', path.join(dir, 'a.md')]);
    assert.strictEqual(JSON.parse(r.out).documents[0].date, '2024-02-29');
  });

  const badInputs: [string, string, RegExp][] = [
    ['a missing file', 'missing.md', /missing\.md: no such file or folder/],
    ['a folder', 'folder', /folder: is a folder, not a file/],
    ['a binary file', 'binary.txt', /binary\.txt: binary file/],
    ['invalid UTF-8', 'latin1.txt', /latin1\.txt: not valid UTF-8 text/],
  ];
  for (const [what, name, message] of badInputs) {
    it(`reports ${what} in one line, goes on with the other files, exits 2`, function () {
      const r = run(['facts', '--format', 'json', path.join(dir, name), path.join(dir, 'a.md')]);
      assert.strictEqual(r.code, 2);
      assert.match(r.err, message);
      assert.strictEqual(r.err.trim().split('\n').length, 1, r.err);
      assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
      assert.strictEqual(JSON.parse(r.out).documents.length, 1, 'the readable file is still processed');
    });
  }

  it('reports an empty file but reads it (exit 0)', function () {
    const r = run(['facts', '--format', 'json', path.join(dir, 'empty.txt')]);
    assert.strictEqual(r.code, 0);
    assert.match(r.err, /empty\.txt: empty file/);
    assert.deepStrictEqual(JSON.parse(r.out).documents[0].facts, []);
  });

  it('refuses a 50 MB file with a clear message (exit 2)', function () {
    const big = path.join(dir, 'big.txt');
    fs.writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 'a'));
    const r = run(['facts', big, path.join(dir, 'a.md')]);
    fs.rmSync(big);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /big\.txt: file too large \(50\.0 MB; the limit is 16\.0 MB\)/);
    assert.match(r.out, /NCT04745299/);
  });

  it('turns usage mistakes into one line and exit 2', function () {
    for (const args of [['facts'], ['facts', '--format', 'xml', 'a'], ['facts', '--date', '2021-02-30', 'a'], ['frobnicate'], ['facts', '--bogus', 'a']]) {
      const r = run(args);
      assert.strictEqual(r.code, 2, args.join(' '));
      assert.match(r.err, /^medfacts: .+\nRun 'medfacts --help' for usage\.\n$/, args.join(' '));
    }
  });

  it('finds facts in visible HTML text only, with offsets into the raw file', function () {
    const html = '<p title="NCT11111111">A <b>Phase 3</b> study, <a href="https://clinicaltrials.gov/study/NCT22222222">NCT22222222</a>.</p>';
    const file = path.join(dir, 'p.html');
    fs.writeFileSync(file, html);
    const facts = JSON.parse(run(['facts', '--format', 'json', file]).out).documents[0].facts;
    assert.deepStrictEqual(facts.filter((f: { kind: string }) => f.kind === 'nct').map((f: { start: number }) => f.start), [html.lastIndexOf('NCT22222222')]);
    for (const f of facts) assert.strictEqual(html.slice(f.start, f.end), f.text);
  });
});
