import type { Severity } from '../../core/facts';
import { placeFindings, type CheckedDocument } from './report';

/** Compiler-style lines, `file:line:col  severity  code  message`, then one summary line. */
export function formatText(docs: readonly CheckedDocument[]): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  const lines: string[] = [];
  let fixed = 0;
  for (const doc of docs) {
    fixed += doc.fixed;
    for (const f of placeFindings(doc)) {
      counts[f.severity]++;
      lines.push(`${doc.file}:${f.line}:${f.column}  ${f.severity}  ${f.code}  ${f.message}`);
    }
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const files = `${docs.length} file${docs.length === 1 ? '' : 's'}`;
  const fixedNote = fixed ? `; fixed ${fixed} problem${fixed === 1 ? '' : 's'}` : '';
  if (total === 0) {
    lines.push(`No problems found in ${files}${fixedNote}.`);
  } else {
    const parts = (['error', 'warning', 'info', 'hint'] as const)
      .filter((s) => counts[s] > 0)
      .map((s) => `${counts[s]} ${s}${counts[s] === 1 || s === 'info' ? '' : 's'}`);
    lines.push(`${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')}) in ${files}${fixedNote}.`);
  }
  return lines.join('\n') + '\n';
}
