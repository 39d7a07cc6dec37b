import type { Severity } from './facts';
import { isCheckCode } from './checks/registry';

/** The user's configuration (`.medfacts.json`, `--config`, editor settings); every field optional. */
export interface MedfactsConfig {
  /** Per finding code: false turns it off, a severity turns it on at that severity. */
  checks?: Record<string, boolean | Severity>;
  /** date-stale: age in months past which a present-tense date claim is stale (default 12). */
  staleMonths?: number;
  /** phase-style: which numerals to require (default 'off'). */
  phaseStyle?: 'arabic' | 'roman' | 'off';
  /** Words never reported as misspelled drugs. */
  allowedWords?: string[];
  /** Extra drug names: name -> generic ('' when it is itself a generic). */
  extraDrugs?: Record<string, string>;
  /** Reference date (ISO) for date-stale when the document has none. */
  referenceDate?: string;
}

export interface ConfigProblem {
  message: string;
  /** Where in the JSON text, when known. */
  start?: number;
  end?: number;
}

export const DEFAULT_STALE_MONTHS = 12;

const SEVERITIES: readonly string[] = ['error', 'warning', 'info', 'hint'];
const PHASE_STYLES: readonly string[] = ['arabic', 'roman', 'off'];
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

type Problems = ConfigProblem[];

/**
 * Parses and validates configuration JSON. Never throws: a bad field is dropped and
 * reported (located in the text where possible), the rest is kept, defaults fill the gaps.
 */
export function parseConfig(json: string): { config: MedfactsConfig; problems: ConfigProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(stripBom(json));
  } catch (e) {
    return { config: {}, problems: [jsonSyntaxProblem(json, e)] };
  }
  return validateConfig(data, json);
}

/** Validates an already parsed value (e.g. editor settings); `source` locates problems when given. */
export function validateConfig(data: unknown, source = ''): { config: MedfactsConfig; problems: ConfigProblem[] } {
  const problems: Problems = [];
  const config: MedfactsConfig = {};
  if (!isObject(data)) {
    problems.push({ message: 'the configuration must be a JSON object ({ ... }); using the defaults', start: 0, end: Math.min(source.length, 1) });
    return { config, problems };
  }
  const at = (key: string, within?: string) => locateKey(source, key, within);
  for (const [key, value] of Object.entries(data)) {
    switch (key) {
      case '$schema':
        break;
      case 'checks': {
        const checks = validateChecks(value, problems, at);
        if (checks) config.checks = checks;
        break;
      }
      case 'staleMonths':
        if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 600) config.staleMonths = value;
        else problems.push({ message: `"staleMonths" must be a whole number of months from 1 to 600, not ${show(value)}; using ${DEFAULT_STALE_MONTHS}`, ...at(key) });
        break;
      case 'phaseStyle':
        if (typeof value === 'string' && PHASE_STYLES.includes(value)) config.phaseStyle = value as MedfactsConfig['phaseStyle'];
        else problems.push({ message: `"phaseStyle" must be "arabic", "roman" or "off", not ${show(value)}; phase style is off`, ...at(key) });
        break;
      case 'allowedWords':
        if (Array.isArray(value)) {
          const words = value.filter((w): w is string => typeof w === 'string' && w.trim() !== '');
          if (words.length !== value.length) problems.push({ message: '"allowedWords" must hold only non-empty strings; the other entries are ignored', ...at(key) });
          config.allowedWords = words;
        } else problems.push({ message: `"allowedWords" must be a list of words, not ${show(value)}`, ...at(key) });
        break;
      case 'extraDrugs':
        if (isObject(value)) {
          const drugs: Record<string, string> = {};
          for (const [name, generic] of Object.entries(value)) {
            if (typeof generic === 'string' && name.trim() !== '') drugs[name] = generic;
            else problems.push({ message: `"extraDrugs": the generic of "${name}" must be a string ("" when it is itself a generic), not ${show(generic)}`, ...at(name, key) });
          }
          config.extraDrugs = drugs;
        } else problems.push({ message: `"extraDrugs" must be an object {"Brand": "generic"}, not ${show(value)}`, ...at(key) });
        break;
      case 'referenceDate':
        if (typeof value === 'string' && isIsoDay(value)) config.referenceDate = value;
        else problems.push({ message: `"referenceDate" must be a date written YYYY-MM-DD, not ${show(value)}; using today`, ...at(key) });
        break;
      default:
        problems.push({ message: `unknown setting "${key}" is ignored (known: checks, staleMonths, phaseStyle, allowedWords, extraDrugs, referenceDate)`, ...at(key) });
    }
  }
  return { config, problems };
}

type Locate = (key: string, within?: string) => { start?: number; end?: number };

function validateChecks(value: unknown, problems: Problems, at: Locate): Record<string, boolean | Severity> | undefined {
  if (!isObject(value)) {
    problems.push({ message: `"checks" must be an object {"code": true | false | "error" | "warning" | "info" | "hint"}, not ${show(value)}`, ...at('checks') });
    return undefined;
  }
  const checks: Record<string, boolean | Severity> = {};
  for (const [code, setting] of Object.entries(value)) {
    if (!isCheckCode(code)) {
      problems.push({ message: `"checks": unknown check "${code}" is ignored`, ...at(code, 'checks') });
    } else if (typeof setting === 'boolean') {
      checks[code] = setting;
    } else if (setting === 'off') {
      checks[code] = false;
    } else if (typeof setting === 'string' && SEVERITIES.includes(setting)) {
      checks[code] = setting as Severity;
    } else {
      problems.push({ message: `"checks"."${code}" must be true, false or a severity ("error", "warning", "info", "hint"), not ${show(setting)}`, ...at(code, 'checks') });
    }
  }
  return checks;
}

/** True for a real calendar day written YYYY-MM-DD. */
export function isIsoDay(s: string): boolean {
  const m = ISO_DAY.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function jsonSyntaxProblem(json: string, e: unknown): ConfigProblem {
  const raw = e instanceof Error ? e.message : String(e);
  const pos = /position (\d+)/.exec(raw);
  const offset = pos ? Number(pos[1]) : json.trimEnd().length;
  const { line, column } = lineColumn(json, offset);
  const at = raw.indexOf(' in JSON at position');
  const detail = at < 0 ? raw : raw.slice(0, at);
  return {
    message: `not valid JSON at line ${line}, column ${column}: ${detail}; using the defaults`,
    start: Math.min(offset, json.length),
    end: Math.min(offset + 1, json.length),
  };
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Where `"key"` is written (after `"within"` when given); a locator for problems, not a parser. */
function locateKey(source: string, key: string, within?: string): { start?: number; end?: number } {
  if (!source) return {};
  const from = within ? source.indexOf(JSON.stringify(within)) : 0;
  const i = source.indexOf(JSON.stringify(key), Math.max(from, 0));
  return i < 0 ? {} : { start: i, end: i + JSON.stringify(key).length };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function show(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (v === null) return 'null';
  if (typeof v === 'object') return 'an object';
  return JSON.stringify(v);
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}
