import { existsSync } from "node:fs";
import { Worker } from "node:worker_threads";
import type { OpenApiVersion } from "./check-document.js";
import { PRECOMPILED_DIR, precompiledFile, VERSIONS } from "./structure.js";

/** Below this, checking the document takes less time than starting a worker. */
export const AHEAD_MIN_CHARS = 1_000_000;

/** How long a check may take before it is given up and done in the loading thread. */
const TIMEOUT_MS = 60_000;

const PENDING = 0;
const VALID = 1;
const INVALID = 2;
const UNKNOWN = 3;

/**
 * The worker: parses the text, picks the validator of its `openapi` version (as checkDocument
 * reads it) and writes the verdict, with the version it checked, into shared memory.
 */
const WORKER_SOURCE = `
const { workerData } = require("node:worker_threads");
const { text, files, buffer } = workerData;
const state = new Int32Array(buffer);
let verdict = ${UNKNOWN};
let checked = -1;
try {
  const document = JSON.parse(text);
  const match = typeof document?.openapi === "string" ? /^3\\.([012])\\.\\d+(-.+)?$/.exec(document.openapi) : null;
  if (match) {
    checked = Number(match[1]);
    verdict = require(files[checked])(document) ? ${VALID} : ${INVALID};
  }
} catch {
  verdict = ${UNKNOWN};
}
Atomics.store(state, 1, checked);
Atomics.store(state, 0, verdict);
Atomics.notify(state, 0);
`;

/** A check of the document's structure running in a worker. */
export interface StructureAhead {
  /**
   * Whether the document as written is valid against the official schema of `version`: waits
   * for the worker; `undefined` when it checked another version or could not tell.
   */
  checkedValid(version: OpenApiVersion): boolean | undefined;
  /** Ends the worker, if it still runs: the load is over, or failed. */
  cancel(): void;
}

/**
 * Starts the first-error check of a large JSON document against the official OpenAPI schema in a
 * worker thread, with the validators `npm run build` precompiled, while the loading thread parses,
 * bounds, bundles and walks it: on GitHub's description the check is 0.3 to 0.5 s of the load.
 * `undefined` when there is nothing to gain (a small or YAML text, no precompiled validators).
 */
export function checkStructureAhead(text: string, folder = PRECOMPILED_DIR): StructureAhead | undefined {
  if (text.length < AHEAD_MIN_CHARS || !text.trimStart().startsWith("{")) return undefined;
  const files = VERSIONS.map((version) => precompiledFile(version, folder));
  if (!files.every(existsSync)) return undefined;
  const buffer = new SharedArrayBuffer(8);
  const state = new Int32Array(buffer);
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { text, files, buffer } });
  // A finished load must not wait for a worker whose verdict it no longer needs.
  worker.unref();
  let answer: { verdict: number; version: number } | undefined;
  return {
    checkedValid(version) {
      if (answer === undefined) {
        const timedOut = Atomics.wait(state, 0, PENDING, TIMEOUT_MS) === "timed-out";
        if (timedOut) void worker.terminate();
        answer = timedOut ? { verdict: UNKNOWN, version: -1 } : { verdict: state[0]!, version: state[1]! };
      }
      if (answer.version !== VERSIONS.indexOf(version)) return undefined;
      return answer.verdict === VALID ? true : answer.verdict === INVALID ? false : undefined;
    },
    cancel() {
      void worker.terminate();
    },
  };
}
