import { placeFindings, type CheckedDocument } from './report';

/** `{"documents":[{"file","date","findings":[{code,severity,message,start,end,line,column,fix?}]}]}` */
export function formatJson(docs: readonly CheckedDocument[]): string {
  const documents = docs.map((doc) => ({
    file: doc.file,
    date: doc.date,
    findings: placeFindings(doc).map((f) => ({
      code: f.code,
      severity: f.severity,
      message: f.message,
      start: f.start,
      end: f.end,
      line: f.line,
      column: f.column,
      ...(f.fix ? { fix: f.fix } : {}),
      ...(f.related ? { related: f.related } : {}),
    })),
  }));
  return `${JSON.stringify({ documents }, null, 2)}\n`;
}
