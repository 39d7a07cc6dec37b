/**
 * Every regular expression in src/core must be safe from super-linear backtracking,
 * as judged by recheck. The sources are read as text (the test may use fs; the core
 * may not) and a small tokenizer finds regex literals and `new RegExp('literal')`.
 *
 * A RegExp built from a template or a variable cannot be read from the source: its
 * module must export the built expressions as `REGEXES: readonly RegExp[]`, and the
 * test checks those instead.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CORE, coreFiles } from './core-sources';

process.env.RECHECK_BACKEND = 'pure';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkSync } = require('recheck') as typeof import('recheck');

// ---- a tokenizer just good enough to tell regexes from division ------------------

type Token =
  | { type: 'regex'; source: string; flags: string; line: number }
  | { type: 'string'; value: string; line: number }
  | { type: 'template'; value: string | null; line: number } // null: has ${} substitutions
  | { type: 'ident'; value: string; line: number }
  | { type: 'number'; line: number }
  | { type: 'punct'; value: string; line: number };

/** Keywords after which a "/" starts a regex, not a division. */
const REGEX_AFTER_WORD = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw',
  'case', 'do', 'else', 'yield', 'await',
]);

function regexMayStart(prev: Token | undefined): boolean {
  if (!prev) return true;
  switch (prev.type) {
    case 'ident':
      return REGEX_AFTER_WORD.has(prev.value);
    case 'number':
    case 'string':
    case 'template':
    case 'regex':
      return false;
    case 'punct':
      return prev.value !== ')' && prev.value !== ']';
  }
}

/** Reads a string body after its opening quote; returns the decoded value and the index after the closing quote. */
function readString(src: string, i: number, quote: string): { value: string; end: number } {
  let value = '';
  while (i < src.length && src[i] !== quote) {
    if (src[i] === '\\') {
      const c = src[i + 1];
      const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', f: '\f', v: '\v' };
      if (c === 'u' && src[i + 2] === '{') {
        const close = src.indexOf('}', i);
        value += String.fromCodePoint(parseInt(src.slice(i + 3, close), 16));
        i = close + 1;
        continue;
      }
      if (c === 'u') {
        value += String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16));
        i += 6;
        continue;
      }
      if (c === 'x') {
        value += String.fromCharCode(parseInt(src.slice(i + 2, i + 4), 16));
        i += 4;
        continue;
      }
      if (c === '\n') {
        i += 2;
        continue;
      }
      value += simple[c] ?? c;
      i += 2;
      continue;
    }
    value += src[i++];
  }
  return { value, end: i + 1 };
}

/** Tokens of a TypeScript source. Template substitutions are tokenized like code. */
function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  const line = (i: number) => src.slice(0, i).split('\n').length;
  /** Brace depths at which an open template resumes after `}`. */
  const templateResume: number[] = [];
  let depth = 0;
  let i = 0;

  /**
   * Reads template text from `start` (after the backquote, or after the `}` closing a
   * substitution: a continuation, already represented by its opening token).
   */
  const readTemplate = (start: number, continuation: boolean): void => {
    let j = start;
    let text = '';
    while (j < src.length && src[j] !== '`') {
      if (src[j] === '\\') {
        text += src.slice(j, j + 2);
        j += 2;
      } else if (src[j] === '$' && src[j + 1] === '{') {
        if (!continuation) tokens.push({ type: 'template', value: null, line: line(start) });
        tokens.push({ type: 'punct', value: '${', line: line(j) });
        templateResume.push(depth);
        depth++;
        i = j + 2;
        return;
      } else text += src[j++];
    }
    if (!continuation) tokens.push({ type: 'template', value: text, line: line(start) });
    i = j + 1;
  };

  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '/' && src[i + 1] === '/') {
      const n = src.indexOf('\n', i);
      i = n === -1 ? src.length : n;
    } else if (c === '/' && src[i + 1] === '*') {
      const n = src.indexOf('*/', i + 2);
      i = n === -1 ? src.length : n + 2;
    } else if (c === '"' || c === "'") {
      const s = readString(src, i + 1, c);
      tokens.push({ type: 'string', value: s.value, line: line(i) });
      i = s.end;
    } else if (c === '`') {
      readTemplate(i + 1, false);
    } else if (c === '/' && regexMayStart(tokens[tokens.length - 1])) {
      let j = i + 1;
      let inClass = false;
      while (j < src.length && (inClass || src[j] !== '/')) {
        if (src[j] === '\\') j++;
        else if (src[j] === '[') inClass = true;
        else if (src[j] === ']') inClass = false;
        else if (src[j] === '\n') throw new Error(`unterminated regex at line ${line(i)}`);
        j++;
      }
      let k = j + 1;
      while (k < src.length && /[a-z]/.test(src[k])) k++;
      tokens.push({ type: 'regex', source: src.slice(i + 1, j), flags: src.slice(j + 1, k), line: line(i) });
      i = k;
    } else if (/[A-Za-z_$]/.test(c)) {
      const m = /^[\w$]+/.exec(src.slice(i, i + 200))!;
      tokens.push({ type: 'ident', value: m[0], line: line(i) });
      i += m[0].length;
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9][\w.]*/.exec(src.slice(i, i + 100))!;
      tokens.push({ type: 'number', line: line(i) });
      i += m[0].length;
    } else if (c === '}' && templateResume.length > 0 && templateResume[templateResume.length - 1] === depth - 1) {
      templateResume.pop();
      depth--;
      readTemplate(i + 1, true);
    } else {
      if (c === '{') depth++;
      if (c === '}') depth--;
      tokens.push({ type: 'punct', value: c, line: line(i) });
      i++;
    }
  }
  return tokens;
}

// ---- what the sources hold -------------------------------------------------------

interface FoundRegex {
  where: string;
  source: string;
  flags: string;
}

interface SourceScan {
  regexes: FoundRegex[];
  /** `new RegExp(...)` whose pattern is not a literal (lines). */
  dynamic: number[];
}

/** A literal string argument (string or substitution-free template) at token `i`, or null. */
function literalArg(tokens: Token[], i: number): string | null {
  const t = tokens[i];
  if (t?.type === 'string') return t.value;
  if (t?.type === 'template' && t.value !== null) return t.value;
  return null;
}

function scanSource(file: string, src: string): SourceScan {
  const tokens = tokenize(src);
  const rel = path.relative(CORE, file);
  const regexes: FoundRegex[] = [];
  const dynamic: number[] = [];
  tokens.forEach((t, i) => {
    if (t.type === 'regex') regexes.push({ where: `${rel}:${t.line}`, source: t.source, flags: t.flags });
    if (t.type !== 'ident' || t.value !== 'RegExp') return;
    const open = tokens[i + 1];
    if (open?.type !== 'punct' || open.value !== '(') return;
    const pattern = literalArg(tokens, i + 2);
    const after = tokens[i + 3];
    if (pattern !== null && after?.type === 'punct' && (after.value === ')' || after.value === ',')) {
      const flags = after.value === ',' ? literalArg(tokens, i + 4) ?? '' : '';
      regexes.push({ where: `${rel}:${t.line}`, source: pattern, flags });
      return;
    }
    // new RegExp(other.source, other.flags) copies a regex that is checked where it is built.
    const a = tokens[i + 2];
    const b = tokens[i + 3];
    const c = tokens[i + 4];
    if (a?.type === 'ident' && b?.type === 'punct' && b.value === '.' && c?.type === 'ident' && c.value === 'source') return;
    dynamic.push(t.line);
  });
  return { regexes, dynamic };
}

function assertSafe(r: FoundRegex): void {
  const result = checkSync(r.source, r.flags, { timeout: 20000 });
  assert.equal(
    result.status,
    'safe',
    `${r.where} /${r.source}/${r.flags} is ${result.status}` +
      (result.status === 'vulnerable' ? ` (${result.complexity.type}, attack ${JSON.stringify(result.attack.pattern)})` : '') +
      (result.status === 'unknown' ? ` (${result.error.kind})` : ''),
  );
}

describe('regex safety (recheck)', function () {
  this.timeout(240000);

  describe('the tokenizer', () => {
    it('tells regex literals from division, strings, comments and templates', () => {
      const src = [
        'const a = b / c / d; // not /a regex/',
        "const s = '/not/' + \"/either/\"; /* /nor/ */",
        'const r = /x\\/y[/]z/gi.test(s) ? (a) / 2 : [1] / 3;',
        'const t = `a/${ /in[}]sub/.source }/b${ {x: 1}.x }`;',
        'return /ret/u;',
        'const n = new RegExp("lit\\\\d", "y"), m = new RegExp(`tpl`), d = new RegExp(`${A}x`), c = new RegExp(X.source, X.flags);',
      ].join('\n');
      const found = scanSource(path.join(CORE, 'x.ts'), src);
      assert.deepEqual(
        found.regexes.map((r) => [r.source, r.flags, r.where]),
        [
          ['x\\/y[/]z', 'gi', 'x.ts:3'],
          ['in[}]sub', '', 'x.ts:4'],
          ['ret', 'u', 'x.ts:5'],
          ['lit\\d', 'y', 'x.ts:6'],
          ['tpl', '', 'x.ts:6'],
        ],
      );
      assert.deepEqual(found.dynamic, [6]);
    });
  });

  const files = coreFiles((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'));
  it('finds the core sources', () => assert.ok(files.length > 5, CORE));

  for (const file of files) {
    const rel = path.relative(CORE, file);
    const scan = scanSource(file, fs.readFileSync(file, 'utf8'));
    if (scan.regexes.length === 0 && scan.dynamic.length === 0) continue;
    it(`${rel}: ${scan.regexes.length} literal regexes are safe`, () => scan.regexes.forEach(assertSafe));
    if (scan.dynamic.length > 0) {
      it(`${rel}: regexes built at run time (lines ${scan.dynamic.join(', ')}) are exported as REGEXES and safe`, () => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const mod = require(file) as { REGEXES?: readonly RegExp[] };
        assert.ok(
          Array.isArray(mod.REGEXES) && mod.REGEXES.length > 0 && mod.REGEXES.every((r) => r instanceof RegExp),
          `${rel} builds RegExps from non-literal patterns; export them as REGEXES: readonly RegExp[] so they can be checked`,
        );
        mod.REGEXES.forEach((r, i) => assertSafe({ where: `${rel} REGEXES[${i}]`, source: r.source, flags: r.flags }));
      });
    }
  }
});
