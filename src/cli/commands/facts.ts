/** `medfacts facts`: prints the facts of each file as aligned text or JSON. */
import { createEngine } from '../../core/engine';
import type { Fact } from '../../core/facts';
import { createLineIndex } from '../../core/lines';
import { isReadError, readInput, type Document } from '../inputs';
import { choice, isoDate, parseOptions, UsageError } from '../usage';

interface FactsReport {
  file: string;
  date: string | null;
  facts: Fact[];
}

export async function factsCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    format: { type: 'string' },
    date: { type: 'string' },
  });
  const format = choice('format', values.format, ['text', 'json'] as const, 'text');
  const date = isoDate(values.date);
  if (positionals.length === 0) throw new UsageError('no FILE given (use - for standard input)');

  const engine = createEngine();
  const reports: { doc: Document; report: FactsReport }[] = [];
  let unreadable = false;
  for (const file of positionals) {
    const input = await readInput(file);
    if (isReadError(input)) {
      process.stderr.write(`medfacts: ${input.file}: ${input.error}\n`);
      unreadable = true;
      continue;
    }
    if (input.text.trim() === '') process.stderr.write(`medfacts: ${input.file}: empty file, no facts\n`);
    const analysis = engine.analyze(input.text, { format: input.format, documentDate: date });
    reports.push({ doc: input, report: { file: input.file, date: analysis.documentDate?.value ?? null, facts: analysis.facts } });
  }

  if (format === 'json') {
    process.stdout.write(`${JSON.stringify({ documents: reports.map((r) => r.report) }, null, 2)}\n`);
  } else {
    process.stdout.write(formatText(reports));
  }
  return unreadable ? 2 : 0;
}

/** One fact per line, `file:line:col  kind  value  "text"`, columns aligned across all files. */
function formatText(reports: { doc: Document; report: FactsReport }[]): string {
  const rows: string[][] = [];
  for (const { doc, report } of reports) {
    const lines = createLineIndex(doc.text);
    for (const f of report.facts) {
      const { line, column } = lines.position(f.start);
      rows.push([`${report.file}:${line}:${column}`, f.kind, describeValue(f), JSON.stringify(f.text)]);
    }
  }
  const widths = [0, 1, 2].map((c) => Math.max(0, ...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c < 3 ? cell.padEnd(widths[c]) : cell)).join('  ') + '\n').join('');
}

function describeValue(f: Fact): string {
  if (f.generic) return `${f.value} (${f.generic})`;
  if (f.resolved) return `${f.value} -> ${f.resolved}`;
  return f.value;
}
