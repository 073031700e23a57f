// Shared timing helpers for the bench scripts: warm up, then take the median of several timed rounds.
import os from 'node:os';

/** Runs `fn` (sync or async) `iterations` times per round and returns the median microseconds per call. */
export async function measure(fn, { iterations = 5000, rounds = 7, warmup = 2000 } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const perCall = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) await fn();
    perCall.push(Number(process.hrtime.bigint() - start) / 1000 / iterations);
  }
  perCall.sort((a, b) => a - b);
  return perCall[Math.floor(perCall.length / 2)];
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
