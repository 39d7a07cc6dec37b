/**
 * The core runs in Node and in a browser web worker: it may not import editor or
 * Node APIs. Checked on the sources' import, export-from, require and import() specifiers.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CORE, coreFiles } from './core-sources';

const FORBIDDEN = new Set(['vscode', 'fs', 'path', 'net', 'http', 'https', 'child_process', 'os']);

/** Module specifiers a source file names: `from '...'`, `import '...'`, `require('...')`, `import('...')`. */
function specifiers(src: string): string[] {
  const out: string[] = [];
  const patterns = [/\bfrom\s*(['"])([^'"\n]+)\1/g, /\bimport\s*(['"])([^'"\n]+)\1/g, /\b(?:require|import)\s*\(\s*(['"`])([^'"`\n]+)\1/g];
  for (const re of patterns) for (const m of src.matchAll(re)) out.push(m[2]);
  return out;
}

/** Whether a specifier names a Node or editor module (`fs`, `fs/promises`, `node:...`, `vscode`). */
function isForbidden(spec: string): boolean {
  return spec.startsWith('node:') || FORBIDDEN.has(spec.split('/')[0]);
}

describe('core purity', () => {
  it('recognizes forbidden specifiers in every import form', () => {
    const src = [
      "import * as fs from 'fs';",
      'import { join } from "path";',
      "import 'node:crypto';",
      "export { x } from 'vscode';",
      "const cp = require('child_process');",
      "const os = await import('os');",
      "import type { Fact } from './facts';",
      "import { a } from '../kinds/fs-like';",
    ].join('\n');
    assert.deepEqual(specifiers(src).filter(isForbidden).sort(), ['child_process', 'fs', 'node:crypto', 'os', 'path', 'vscode']);
    assert.equal(isForbidden('fs/promises'), true);
    assert.equal(isForbidden('./fs'), false);
    assert.equal(isForbidden('compromise'), false);
  });

  const files = coreFiles((name) => /\.(ts|js|mjs|cjs)$/.test(name));
  it('finds the core sources', () => assert.ok(files.length > 5));

  it('no core file imports vscode, Node built-ins or node: modules', () => {
    const offenders = files.flatMap((f) =>
      specifiers(fs.readFileSync(f, 'utf8'))
        .filter(isForbidden)
        .map((spec) => `${path.relative(CORE, f)}: ${spec}`),
    );
    assert.deepEqual(offenders, []);
  });

  // require() with a literal package name is allowed: esbuild resolves it in every bundle, the web
  // one too, and evaluates the package on first call (english.ts loads compromise so, lazily);
  // the test above keeps such names off Node's built-ins.
  it('no core file uses Node globals (process, Buffer, __dirname, a dynamic require)', () => {
    const offenders = files.flatMap((f) => {
      // Comments and strings may mention them; code may not.
      const code = fs
        .readFileSync(f, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/[^\n]*/g, '')
        .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, '""');
      const m = /\b(?:process\.|Buffer\.|__dirname|__filename|require\((?!""\)))/.exec(code);
      return m ? [`${path.relative(CORE, f)}: ${m[0]}`] : [];
    });
    assert.deepEqual(offenders, []);
  });
});
