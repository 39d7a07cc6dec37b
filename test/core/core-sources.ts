/** The core's source files, for the tests that read them as text (purity, regex safety). */
import * as fs from 'fs';
import * as path from 'path';

export const CORE = path.resolve(__dirname, '..', '..', 'src', 'core');

/** Every file below `dir` (default: the core) whose name `accept` takes. */
export function coreFiles(accept: (name: string) => boolean, dir = CORE): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return coreFiles(accept, p);
    return accept(e.name) ? [p] : [];
  });
}
