// Activation stays light: the engine is built on the first analysis, not in activate().
import * as assert from 'assert';
import { closeAll, medfacts, openUntitled, waitFor } from './util';

describe('MedFacts activation cost', () => {
  after(closeAll);

  // Not a timed assertion (shared machines are noisy): activation must not do the heavy part,
  // building the engine and its lexicon; the time is logged for the record.
  it('does not build the engine during activation', async () => {
    const api = await medfacts();
    console.log(`      activate() took ${api.activationMs} ms`);
    assert.strictEqual(api.engineBuiltInActivate, false);
  });

  it('serves the current version: an edit is analysed on demand, the same version comes from the cache', async () => {
    const api = await medfacts();
    const editor = await openUntitled('markdown', 'A Phase 3 trial.\n');
    await waitFor('first analysis', () => api.analysisFor(editor.document.uri));
    await editor.edit((e) => e.insert(editor.document.positionAt(0), 'NCT04745299. '));
    const result = api.analysisFor(editor.document.uri)!;
    assert.strictEqual(result.version, editor.document.version);
    assert.deepStrictEqual(result.analysis.facts.filter((f) => f.kind === 'nct').map((f) => f.start), [0]);
    assert.strictEqual(api.analysisFor(editor.document.uri), result, 'the same version is served from the cache');
  });
});
