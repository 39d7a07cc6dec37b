// The TextMate injection grammar: injected into Markdown and plain text, colouring NCT IDs and phases.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './util';

interface Rule {
  match: string;
  name: string;
}

/** Oniguruma's leading (?i) is a flag in JavaScript; the rest of these patterns reads the same. */
function toRegExp(pattern: string): RegExp {
  return pattern.startsWith('(?i)') ? new RegExp(pattern.slice(4), 'gi') : new RegExp(pattern, 'g');
}

describe('MedFacts injection grammar', () => {
  let rules: Record<string, Rule>;
  let grammar: { injectionSelector: string; scopeName: string; repository: Record<string, Rule> };

  before(async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const contributed = ext.packageJSON.contributes.grammars as { scopeName: string; path: string; injectTo: string[] }[];
    const entry = contributed.find((g) => g.scopeName === 'medfacts.injection');
    assert.ok(entry, 'grammar not contributed');
    assert.deepStrictEqual(entry.injectTo.sort(), ['text.html.markdown', 'text.plain']);
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, entry.path));
    grammar = JSON.parse(new TextDecoder().decode(bytes));
    rules = grammar.repository;
  });

  const matches = (rule: string, text: string) => [...text.matchAll(toRegExp(rules[rule].match))].map((m) => m[0]);

  it('injects into Markdown prose (not code) and plain text', () => {
    assert.strictEqual(grammar.scopeName, 'medfacts.injection');
    assert.match(grammar.injectionSelector, /L:text\.html\.markdown -markup\.fenced_code/);
    assert.match(grammar.injectionSelector, /L:text\.plain/);
  });

  it('scopes well-formed NCT IDs only', () => {
    assert.deepStrictEqual(matches('nct-id', 'See NCT04745299, nct01363401 and NCT0474529 or XNCT04745299.'), ['NCT04745299', 'nct01363401']);
    assert.match(rules['nct-id'].name, /^constant\.other\./);
  });

  it('scopes explicit phases', () => {
    assert.deepStrictEqual(matches('phase', 'A Phase 3 trial, a phase III study, Phase 1/2, Phase 2b, phases 2 and 3, the phase of the moon.'), [
      'Phase 3',
      'phase III',
      'Phase 1/2',
      'Phase 2b',
      'phases 2 and 3',
    ]);
  });
});
