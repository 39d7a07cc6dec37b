// Activation stays light: the engine is built on the first analysis, not in activate().
import * as assert from 'assert';
import { closeAll, medfacts, openUntitled, waitFor } from './util';

describe('MedFacts activation cost', () => {
  after(closeAll);

  it('activates within 50 ms', async () => {
    const api = await medfacts();
    assert.ok(api.activationMs <= 50, `activate() took ${api.activationMs} ms`);
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
