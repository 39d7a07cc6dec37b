// The suite's entry point: VS Code's extension host `require`s this module (it is the
// --extensionTestsPath) and awaits run(). Each test/vscode/*.test.ts is bundled next to
// it as *.test.js by scripts/build-tests.js and loaded here with mocha.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  // scripts/run-vscode-tests.js --grep=REGEX passes a filter through the environment.
  const grep = process.env.MEDFACTS_TEST_GREP || undefined;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, reporter: 'spec', grep });
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  if (files.length === 0) return Promise.reject(new Error(`no *.test.js files in ${__dirname}`));
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const { passes = 0, tests = 0 } = runner.stats ?? {};
      // A closing line that CI's log reader understands, whatever the reporter.
      console.log(`vscode: ${passes} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} of ${tests} test(s) failed`));
      else if (passes === 0) reject(new Error('no test ran'));
      else resolve();
    });
  });
}
