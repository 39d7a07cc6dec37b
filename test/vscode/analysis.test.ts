// The extension analyses every kind of fixture document (Markdown, plain text, HTML) and
// finds the NCT IDs of its prose only, through the API that activate() returns.
import * as assert from 'assert';
import { medfacts, openFixture, waitFor } from './util';

describe('MedFacts analysis of the workspace documents', () => {
  // The distinct NCT IDs of each fixture's prose: article.md also has one in a code block,
  // press-release.html one in a script; neither is prose.
  const PROSE_IDS: Record<string, string[]> = {
    'article.md': ['NCT05123456'],
    'notes.txt': ['NCT04745299'],
    'press-release.html': ['NCT02623699'],
  };
  for (const [name, expected] of Object.entries(PROSE_IDS)) {
    it(`finds the NCT IDs of ${name}`, async () => {
      const api = await medfacts();
      const { document } = await openFixture(name);
      const result = await waitFor(`the analysis of ${name} (${document.languageId})`, () => api.analysisFor(document.uri));
      const ids = new Set(result.analysis.facts.filter((f) => f.kind === 'nct').map((f) => String(f.value)));
      assert.deepStrictEqual([...ids].sort(), expected);
    });
  }
});
