/**
 * The `medfacts` command: a thin layer over the core. Parses the command line,
 * dispatches to a subcommand, and turns every user mistake into a one-line
 * message and exit code 2 (never a stack trace).
 */
import { factsCommand } from './commands/facts';
import { checkCommand } from './commands/check';
import { UsageError } from './usage';
import { version } from '../../package.json';

const HELP = `medfacts ${version}: finds and checks the facts in medical news articles

Usage:
  medfacts facts [--format text|json] [--date YYYY-MM-DD] FILE...
  medfacts check [--format text|json|sarif] [--fail-on error|warning|none]
                 [--config FILE] [--date YYYY-MM-DD] [--fix] PATH...
  medfacts --help | --version

FILE "-" reads standard input. Markdown (.md), plain text (.txt) and HTML (.html)
are read; facts are reported in visible text only, with offsets into the file's text.

facts   prints every drug, NCT ID, trial phase and date the article states.
check   reports problems: malformed NCT IDs, stale or ambiguous dates,
        conflicting phases, misspelled drugs, brand/generic mismatches.

Options:
  --format     output format (facts: text, json; check: text, json, sarif)
  --date       the article's date, overriding the one it states (YYYY-MM-DD)
  --fail-on    check: lowest severity that makes the exit code 1 (default error)
  --config     check: a .medfacts.json file
  --fix        check: apply the sure fixes to the files, in place

Exit codes: 0 success, 1 findings at or above --fail-on, 2 usage or read errors.
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(HELP);
    return 0;
  }
  if (command === 'facts') return factsCommand(rest);
  if (command === 'check') return checkCommand(rest);
  throw new UsageError(`unknown command '${command}' (expected 'facts' or 'check')`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UsageError) {
      process.stderr.write(`medfacts: ${err.message}\nRun 'medfacts --help' for usage.\n`);
    } else {
      // A bug, not a user's mistake: still one line, with a pointer for reporting it.
      process.stderr.write(`medfacts: internal error: ${(err as Error)?.message ?? String(err)}\n`);
      if (process.env.MEDFACTS_DEBUG) console.error(err);
    }
    process.exitCode = 2;
  },
);
