// Timing shared by the validators benchmarks: samples of ops/sec, interleaved so that a busy
// (shared) machine slows every contender alike, and their medians.

const BATCH = 100;

/** Calls `check(value)` for at least `ms`; ops/sec, and the number of true verdicts (so none is optimised away). */
export function sample(check, value, ms) {
  let ops = 0;
  let accepted = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (let i = 0; i < BATCH; i++) if (check(value)) accepted++;
    ops += BATCH;
    elapsed = performance.now() - start;
  } while (elapsed < ms);
  return { opsPerSec: (ops * 1000) / elapsed, accepted, ops };
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export function human(opsPerSec) {
  if (opsPerSec >= 1e6) return `${(opsPerSec / 1e6).toFixed(2)} M/s`;
  if (opsPerSec >= 1e3) return `${(opsPerSec / 1e3).toPrecision(3)} k/s`;
  return `${opsPerSec.toFixed(0)} /s`;
}

export const ratio = (value) => `${value.toFixed(2)}×`;

/**
 * Every `check` of `contenders` on every payload must give the payload's verdict; the
 * disagreements, as sentences (none: `[]`).
 */
export function disagreements(contenders, payloads, label = "") {
  const found = [];
  for (const contender of contenders) {
    for (const payload of payloads) {
      const verdict = contender.check(payload.value);
      if (verdict !== payload.valid)
        found.push(`${label}${contender.name} says ${verdict ? "valid" : "invalid"} on ${payload.name}`);
    }
  }
  return found;
}

/**
 * Times every `{ contender, payload }` pair of `cells` (a warm-up, then `rounds` rounds, each
 * sampling every pair once, in order) and gives each pair's median ops/sec, in the order of `cells`.
 */
export function interleaved(cells, { warmupMs, sampleMs, rounds }) {
  for (const { contender, payload } of cells) sample(contender.check, payload.value, warmupMs);
  const samples = cells.map(() => []);
  for (let round = 0; round < rounds; round++) {
    cells.forEach(({ contender, payload }, i) => {
      const result = sample(contender.check, payload.value, sampleMs);
      if (result.accepted !== (payload.valid ? result.ops : 0))
        throw new Error(`${contender.name} changed its verdict on ${payload.name}`);
      samples[i].push(result.opsPerSec);
    });
  }
  return samples.map(median);
}
