/**
 * `npm run bench:compare -- [REV] [--passes N] [--corpus DIR]`: the engine of the working tree
 * against the engine of a git revision (default HEAD), on the shared news corpus, in one process.
 *
 * Whether a change made the engine faster is a question of a few percent, on machines whose
 * speed swings by half within minutes: the two engines take turns every 40 stories (interleave.ts).
 * Both are bundled by esbuild the same way, from `src/core/engine.ts` of the working tree and of
 * `git archive REV src`.
 */
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import type * as EngineModule from '../src/core/engine';
import { interleavedPasses } from './interleave';

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const rev = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--'))) ?? 'HEAD';
const passes = Number(option('--passes', '8'));
const corpus = option('--corpus', path.resolve(root, '..', 'shared', 'corpus', 'healthnews'));

function fail(message: string): never {
  console.error(`compare-engines: ${message}`);
  process.exit(2);
}

/** Bundles `engine.ts` of a source tree into one CommonJS file and loads it. */
function loadEngine(srcDir: string, name: string, work: string): typeof EngineModule {
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
  return require(outfile) as typeof EngineModule;
}

function main(): void {
  if (!Number.isInteger(passes) || passes < 1) fail(`--passes must be a positive integer, not ${option('--passes', '')}`);
  if (!fs.existsSync(corpus)) fail(`no corpus at ${corpus} (give one with --corpus DIR)`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'medfacts-compare-'));
  try {
    let commit = '';
    try {
      commit = execFileSync('git', ['rev-parse', '--short', '--verify', `${rev}^{commit}`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      execFileSync('sh', ['-c', `git archive ${commit} src | tar -x -C "${work}"`], { cwd: root });
    } catch {
      fail(`cannot read revision ${rev}`);
    }
    const before = loadEngine(path.join(work, 'src'), 'before', work);
    const now = loadEngine(path.join(root, 'src'), 'now', work);
    const texts = fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(corpus, f), 'utf8'));
    console.log(`working tree against ${commit}: ${texts.length} stories, ${passes} passes (after one warm-up), turns every 40 stories`);
    const runner = (m: typeof EngineModule) => () => {
      const engine = m.createEngine();
      return (t: string) => engine.extract(t);
    };
    const [beforeMs, nowMs] = interleavedPasses(texts, [runner(before), runner(now)], passes);
    const ratios = nowMs.map((ms, p) => ms / beforeMs[p]);
    ratios.forEach((r, p) => console.log(`pass ${p + 1}: ${commit} ${beforeMs[p].toFixed(0)} ms, working tree ${nowMs[p].toFixed(0)} ms, ratio ${r.toFixed(3)}`));
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const sorted = [...ratios].sort((a, b) => a - b);
    console.log(
      `working tree / ${commit}: ${(sum(nowMs) / sum(beforeMs)).toFixed(3)} overall, median ${sorted[Math.floor(sorted.length / 2)].toFixed(3)}, ` +
        `range ${sorted[0].toFixed(3)}-${sorted[sorted.length - 1].toFixed(3)} (below 1: the working tree is faster)`,
    );
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main();
