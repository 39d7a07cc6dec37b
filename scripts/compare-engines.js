// `npm run bench:compare -- [REV] [--passes N] [--corpus DIR]`: the engine of the working tree
// against the engine of a git revision (default HEAD), on the shared news corpus, in one process.
//
// Whether a change made the engine faster is a question of a few percent, on machines whose
// speed swings by half within minutes. Passes of the two engines taken in turn (as `npm run
// bench` does against chrono-node) put seconds between the two measurements, and their ratio
// moved by 15% from pass to pass here. This tool interleaves the two engines every 40 stories
// (tens of milliseconds), a fresh engine of each per pass, so a slow spell hits both alike:
// the per-pass ratios then agree within about 3%. Both engines are bundled by esbuild the same
// way, from `src/core/engine.ts` of the working tree and of `git archive REV src`.
const esbuild = require('esbuild');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const rev = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--'))) ?? 'HEAD';
const passes = Number(option('--passes', '8'));
const corpus = option('--corpus', path.resolve(root, '..', 'shared', 'corpus', 'healthnews'));
const CHUNK = 40;

function fail(message) {
  console.error(`compare-engines: ${message}`);
  process.exit(2);
}

if (!Number.isInteger(passes) || passes < 1) fail(`--passes must be a positive integer, not ${option('--passes')}`);
if (!fs.existsSync(corpus)) fail(`no corpus at ${corpus} (give one with --corpus DIR)`);

/** Bundles `engine.ts` of a source tree into one CommonJS file and loads it. */
function loadEngine(srcDir, name, work) {
  const outfile = path.join(work, `${name}.js`);
  esbuild.buildSync({
    entryPoints: [path.join(srcDir, 'core', 'engine.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    logLevel: 'warning',
    // compromise is resolved from this project's node_modules for both trees.
    nodePaths: [path.join(root, 'node_modules')],
  });
  return require(outfile);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'medfacts-compare-'));
try {
  let commit;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', '--verify', `${rev}^{commit}`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    execFileSync('sh', ['-c', `git archive ${commit} src | tar -x -C "${work}"`], { cwd: root });
  } catch {
    fail(`cannot read revision ${rev}`);
  }
  const before = loadEngine(path.join(work, 'src'), 'before', work);
  const now = loadEngine(path.join(root, 'src'), 'now', work);
  const files = fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort();
  const texts = files.map((f) => fs.readFileSync(path.join(corpus, f), 'utf8'));
  console.log(`working tree against ${commit}: ${texts.length} stories, ${passes} passes (after one warm-up), turns every ${CHUNK} stories`);

  const ratios = [];
  let totalBefore = 0;
  let totalNow = 0;
  for (let pass = -1; pass < passes; pass++) {
    const engines = [before.createEngine(), now.createEngine()];
    const ms = [0, 0];
    for (let at = 0, turn = 0; at < texts.length; at += CHUNK, turn++) {
      const chunk = texts.slice(at, at + CHUNK);
      for (const who of turn % 2 ? [1, 0] : [0, 1]) {
        const t0 = process.hrtime.bigint();
        for (const t of chunk) engines[who].extract(t);
        ms[who] += Number(process.hrtime.bigint() - t0) / 1e6;
      }
    }
    if (pass < 0) continue;
    ratios.push(ms[1] / ms[0]);
    totalBefore += ms[0];
    totalNow += ms[1];
    console.log(`pass ${pass + 1}: ${commit} ${ms[0].toFixed(0)} ms, working tree ${ms[1].toFixed(0)} ms, ratio ${(ms[1] / ms[0]).toFixed(3)}`);
  }
  const sorted = [...ratios].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(
    `working tree / ${commit}: ${(totalNow / totalBefore).toFixed(3)} overall, median ${median.toFixed(3)}, ` +
      `range ${sorted[0].toFixed(3)}-${sorted[sorted.length - 1].toFixed(3)} (below 1: the working tree is faster)`,
  );
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
