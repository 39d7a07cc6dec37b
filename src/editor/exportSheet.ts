import type { Analysis, Fact } from '../core/facts';
import { LineIndex } from './lineIndex';

/** A fact sheet: every fact of a document as Markdown, CSV or JSON. Pure: no vscode. */
export type SheetFormat = 'markdown' | 'csv' | 'json';

export const SHEET_EXTENSION: Record<SheetFormat, string> = { markdown: 'md', csv: 'csv', json: 'json' };

interface Row {
  kind: string;
  text: string;
  value: string;
  detail: string;
  line: number;
}

function rows(text: string, facts: readonly Fact[]): Row[] {
  const index = new LineIndex(text);
  return facts.map((f) => ({
    kind: f.kind,
    text: f.text,
    value: f.value,
    detail: f.generic ? `generic: ${f.generic}` : f.resolved ? `resolved: ${f.resolved}` : '',
    line: index.lineOf(f.start) + 1,
  }));
}

const HEADER = ['Kind', 'Text', 'Value', 'Detail', 'Line'];
const cells = (r: Row) => [r.kind, r.text, r.value, r.detail, String(r.line)];

export function factSheet(format: SheetFormat, text: string, analysis: Analysis, source: string): string {
  if (format === 'json') {
    return `${JSON.stringify({ source, documentDate: analysis.documentDate?.value ?? null, facts: analysis.facts }, null, 2)}\n`;
  }
  const table = rows(text, analysis.facts);
  if (format === 'csv') return [HEADER, ...table.map(cells)].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
  const md = (r: string[]) => `| ${r.map(mdCell).join(' | ')} |`;
  const title = `# Fact sheet: ${source}\n\n${analysis.documentDate ? `Article date: ${analysis.documentDate.value}\n\n` : ''}`;
  return `${title}${[md(HEADER), md(HEADER.map(() => '---')), ...table.map((r) => md(cells(r)))].join('\n')}\n`;
}

function csvCell(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function mdCell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
