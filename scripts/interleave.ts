/**
 * Two or more runners timed taking turns every `chunk` texts instead of every pass, a fresh runner
 * of each per pass (`npm run bench` against chrono-node, `npm run bench:compare` engine against
 * engine). A slow spell of a shared machine lasts seconds, so it then hits all of them alike:
 * passes taken whole in turn gave round ratios from 1.5x to 3.1x within one run here, turns every
 * 40 stories per-pass ratios within a few percent of each other.
 */

/** Makes the function one timed pass runs on each text (a fresh engine or scanner for each pass). */
export type Runner<T> = () => (t: T) => unknown;

/** Each runner's pass times (ms), pass by pass, after one warm-up pass. */
export function interleavedPasses<T>(texts: readonly T[], runners: readonly Runner<T>[], passes: number, chunk = 40): number[][] {
  const times = runners.map((): number[] => []);
  for (let pass = -1; pass < passes; pass++) {
    const runs = runners.map((start) => start());
    const ms = runners.map(() => 0);
    for (let at = 0, turn = 0; at < texts.length; at += chunk, turn++) {
      const slice = texts.slice(at, at + chunk);
      const order = runs.map((_, i) => (turn % 2 ? runs.length - 1 - i : i));
      for (const i of order) {
        const t0 = process.hrtime.bigint();
        for (const t of slice) runs[i](t);
        ms[i] += Number(process.hrtime.bigint() - t0) / 1e6;
      }
    }
    if (pass >= 0) ms.forEach((m, i) => times[i].push(m));
  }
  return times;
}

