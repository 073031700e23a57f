// Shared timing helpers for the bench scripts: warm up, then take the median of several interleaved timed rounds.
import os from 'node:os';

/**
 * Measures several functions in interleaved rounds (each round times every function once, in turn), so that a
 * change in the machine's load hits all of them alike; returns the median microseconds per call of each, by name.
 */
export async function compare(fns, { iterations = 3000, rounds = 15, warmup = 3000 } = {}) {
  const names = Object.keys(fns);
  for (const name of names) for (let i = 0; i < warmup; i++) await fns[name]();
  const perCall = Object.fromEntries(names.map((name) => [name, []]));
  for (let r = 0; r < rounds; r++) {
    for (const name of names) {
      const fn = fns[name];
      const start = process.hrtime.bigint();
      for (let i = 0; i < iterations; i++) await fn();
      perCall[name].push(Number(process.hrtime.bigint() - start) / 1000 / iterations);
    }
  }
  return Object.fromEntries(names.map((name) => [name, perCall[name].sort((a, b) => a - b)[Math.floor(rounds / 2)]]));
}

/** One line naming the machine: Node version, CPU model and logical CPU count. */
export function machine() {
  const cpus = os.cpus();
  return `Node ${process.version}, ${cpus[0]?.model.trim() ?? 'unknown CPU'}, os.cpus().length = ${cpus.length}`;
}

/** Replaces the text between `<!-- bench:start -->` and `<!-- bench:end -->` in a README. */
export function replaceBetweenMarkers(text, block) {
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i === -1 || j === -1 || j < i) throw new Error(`README lacks the ${start} … ${end} markers`);
  return `${text.slice(0, i + start.length)}\n${block}\n${text.slice(j)}`;
}
