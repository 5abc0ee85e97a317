import { Worker } from "node:worker_threads";
import { provablyLinear } from "../pattern/backtracking.js";

/** A pattern that did not finish matching within the time bound. */
export class PatternTimeout extends Error {
  constructor(
    readonly source: string,
    readonly timeoutMs: number,
  ) {
    super(
      `the pattern ${JSON.stringify(source)} did not finish matching within ${timeoutMs} ms (catastrophic backtracking)`,
    );
  }
}

interface Matcher {
  test(text: string): boolean;
}

/** The worker's side: match, write the verdict into shared memory, wake the waiting thread. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const state = new Int32Array(workerData);
const compiled = new Map();
parentPort.on("message", ({ source, flags, text }) => {
  const key = flags + "/" + source;
  let regExp = compiled.get(key);
  if (regExp === undefined) compiled.set(key, (regExp = new RegExp(source, flags)));
  Atomics.store(state, 1, regExp.test(text) ? 1 : 0);
  Atomics.store(state, 0, 1);
  Atomics.notify(state, 0);
});
Atomics.store(state, 2, 1);
Atomics.notify(state, 2);
`;

/** How long a worker may take to start before matching is given up as broken. */
const START_TIMEOUT_MS = 60_000;

/**
 * A RegExp engine for the generated validators (`setRegExpEngine`) under which no pattern can
 * hang `specgen validate`: a pattern proven linear runs as a plain RegExp; any other one runs in
 * a worker thread, synchronously (the caller waits on shared memory), and a match that takes
 * longer than `timeoutMs` terminates the worker and throws a PatternTimeout.
 */
export function boundedRegExpEngine(timeoutMs: number): (source: string, flags: string) => Matcher {
  let worker: Worker | undefined;
  const state = new Int32Array(new SharedArrayBuffer(12));

  function started(): Worker {
    if (worker !== undefined) return worker;
    Atomics.store(state, 2, 0);
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: state.buffer });
    // A finished CLI run must not wait for an idle worker.
    worker.unref();
    if (Atomics.wait(state, 2, 0, START_TIMEOUT_MS) === "timed-out")
      throw new Error("the pattern worker did not start");
    return worker;
  }

  function testInWorker(source: string, flags: string, text: string): boolean {
    const running = started();
    Atomics.store(state, 0, 0);
    running.postMessage({ source, flags, text });
    if (Atomics.wait(state, 0, 0, timeoutMs) === "timed-out") {
      void running.terminate();
      worker = undefined;
      throw new PatternTimeout(source, timeoutMs);
    }
    return Atomics.load(state, 1) === 1;
  }

  return (source, flags) =>
    provablyLinear(source) ? new RegExp(source, flags) : { test: (text) => testInWorker(source, flags, text) };
}
