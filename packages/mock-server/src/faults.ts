import type { Fault, FaultSpec } from './types.js';

/** What the faults decide for one request. */
export interface FaultDecision {
  latencyMs: number;
  /** The fault that answers instead of the API (`status` or `drop`), if any. */
  answer?: Fault | undefined;
  /** Ids of the faults that hit. */
  names: string[];
}

/** A small seeded generator (mulberry32), so `ratio` faults hit the same requests in every run. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NONE: FaultDecision = { latencyMs: 0, names: [] };

/** The faults of one sandbox. They apply to the public API only, never to `/_sandbox`. */
export class Faults {
  private faults: Fault[] = [];
  private nextId = 1;
  private random: () => number;

  constructor(private readonly seed = 1) {
    this.random = seededRandom(seed);
  }

  /** Adds a fault; returns it. */
  add(spec: FaultSpec): Fault {
    const fault: Fault = { id: `fault-${this.nextId++}`, ...spec, hits: 0 };
    if (spec.count !== undefined) fault.remaining = spec.count;
    this.faults.push(fault);
    return fault;
  }

  /** The active faults. */
  list(): Fault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  /** Removes every fault and restarts the ratio generator. */
  clear(): void {
    this.faults = [];
    this.random = seededRandom(this.seed);
  }

  /**
   * Decides which faults hit a request to `pathname`, consuming `count`s. Latencies add up; the first answer wins.
   * A `status` fault hits only a request that may be answered with its status (`answers`: what the request's
   * operation documents).
   */
  decide(pathname: string, answers: (status: number) => boolean): FaultDecision {
    if (this.faults.length === 0) return NONE;
    const decision: FaultDecision = { latencyMs: 0, names: [] };
    for (const fault of this.faults) {
      if (decision.answer && fault.kind !== 'latency') continue;
      if (fault.path_prefix !== undefined && !pathname.startsWith(fault.path_prefix)) continue;
      if (fault.kind === 'status' && (fault.status === undefined || !answers(fault.status))) continue;
      if (fault.ratio !== undefined && this.random() >= fault.ratio) continue;
      fault.hits++;
      if (fault.remaining !== undefined) fault.remaining--;
      decision.names.push(fault.id);
      decision.latencyMs += fault.latency_ms ?? 0;
      if (fault.kind !== 'latency') decision.answer = fault;
    }
    this.faults = this.faults.filter((f) => f.remaining === undefined || f.remaining > 0);
    return decision;
  }
}
