import * as vscode from 'vscode';

/** Every `medfacts.*` setting the editor reads, validated. */
export interface Settings {
  /** Language ids analysed as you type. */
  languages: string[];
  /** Delay after the last keystroke before re-analysing. */
  debounceMs: number;
  /** Subtle underlines on facts in the editor. */
  decorations: boolean;
  /** Glob of the files "Check Workspace" reads. */
  include: string;
  /** Glob of the files "Check Workspace" skips. */
  exclude: string;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  languages: ['markdown', 'plaintext', 'html'],
  debounceMs: 300,
  decorations: true,
  include: '**/*.{md,markdown,txt,html,htm}',
  exclude: '**/{node_modules,.git}/**',
});

type Validators = { [K in keyof Settings]: (v: unknown) => v is Settings[K] };

const isString = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const VALIDATORS: Validators = {
  languages: (v): v is string[] => Array.isArray(v) && v.every(isString),
  debounceMs: (v): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 10_000,
  decorations: (v): v is boolean => typeof v === 'boolean',
  include: isString,
  exclude: isString,
};

/** Setting keys as they appear in settings.json (`medfacts.<key>`). */
const KEYS: Record<keyof Settings, string> = {
  languages: 'languages',
  debounceMs: 'debounceMs',
  decorations: 'decorations',
  include: 'checkWorkspace.include',
  exclude: 'checkWorkspace.exclude',
};

/**
 * Reads and validates all settings in one place. A malformed value falls back to
 * its default; each distinct bad value is reported once, not on every read.
 */
export class SettingsReader {
  private readonly reported = new Set<string>();

  constructor(private readonly warn: (message: string) => void) {}

  read(): Settings {
    const section = vscode.workspace.getConfiguration('medfacts');
    const out = { ...DEFAULT_SETTINGS } as Settings;
    for (const name of Object.keys(KEYS) as (keyof Settings)[]) {
      const value: unknown = section.get(KEYS[name]);
      if (value === undefined) continue;
      if (VALIDATORS[name](value)) {
        (out as unknown as Record<string, unknown>)[name] = value;
      } else {
        this.report(KEYS[name], value, DEFAULT_SETTINGS[name]);
      }
    }
    return out;
  }

  private report(key: string, value: unknown, fallback: unknown): void {
    const id = `${key}=${JSON.stringify(value)}`;
    if (this.reported.has(id)) return;
    this.reported.add(id);
    this.warn(`MedFacts: the setting "medfacts.${key}" has an invalid value ${JSON.stringify(value)}; using the default ${JSON.stringify(fallback)}.`);
  }
}
