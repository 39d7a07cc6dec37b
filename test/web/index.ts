// The web suite's runner, for VS Code's web worker extension host, next to the extension's
// BROWSER bundle (dist/web/extension.js), as on vscode.dev. scripts/build-tests.js bundles
// it with mocha's browser build, test/web/*.test.ts and the browser-safe test/vscode/*.test.ts
// into out/test/web/index.js (the host can only `require('vscode')`); `assert` there is
// test/web/assert.ts.
import 'mocha/mocha';

/** Sets mocha up, then `load`s the test files (they call describe() as they load) and runs them. */
export function runSuites(load: () => void): Promise<void> {
  mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60000 });
  load();
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const { passes = 0 } = runner.stats ?? {};
      console.log(`web: ${passes} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} test(s) failed`));
      else if (passes === 0) reject(new Error('no test ran'));
      else resolve();
    });
  });
}
