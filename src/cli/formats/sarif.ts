import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Severity } from '../../core/facts';
import { createLineIndex } from '../../core/lines';
import { CHECKS, CHECK_CODES } from '../../core/checks/registry';
import { placeFindings, type CheckedDocument } from './report';

/** SARIF 2.1.0: one run, the checks as rules, each finding as a result with its fix. */
export function formatSarif(docs: readonly CheckedDocument[], toolVersion: string): string {
  const rules = CHECK_CODES.map((code) => ({
    id: code,
    shortDescription: { text: CHECKS[code].description },
    defaultConfiguration: { level: level(CHECKS[code].severity), enabled: !CHECKS[code].optIn },
  }));
  const results = docs.flatMap((doc) => {
    const lines = createLineIndex(doc.text);
    const artifactLocation = { uri: toUri(doc.file) };
    const region = (start: number, end: number) => {
      const s = lines.position(start);
      const e = lines.position(end);
      return { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column, charOffset: start, charLength: end - start };
    };
    return placeFindings(doc).map((f) => ({
      ruleId: f.code,
      ruleIndex: (CHECK_CODES as readonly string[]).indexOf(f.code),
      level: level(f.severity),
      message: { text: f.message },
      locations: [{ physicalLocation: { artifactLocation, region: region(f.start, f.end) } }],
      ...(f.related?.length
        ? {
            relatedLocations: f.related.map((r, id) => ({
              id,
              message: { text: r.message },
              physicalLocation: { artifactLocation, region: region(r.start, r.end) },
            })),
          }
        : {}),
      ...(f.fix
        ? {
            fixes: [
              {
                description: { text: f.fix.text === '' ? 'Delete the text' : `Replace with '${f.fix.text}'` },
                artifactChanges: [
                  { artifactLocation, replacements: [{ deletedRegion: region(f.fix.start, f.fix.end), insertedContent: { text: f.fix.text } }] },
                ],
              },
            ],
          }
        : {}),
    }));
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'medfacts', version: toolVersion, rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function level(s: Severity): 'error' | 'warning' | 'note' {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note';
}

/** A relative URI reference for a path ("-" is standard input). */
function toUri(file: string): string {
  if (file === '-') return 'stdin';
  if (path.isAbsolute(file)) return pathToFileURL(file).href;
  return encodeURI(file.replace(/\\/g, '/')).replace(/[?#]/g, encodeURIComponent);
}
