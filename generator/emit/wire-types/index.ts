import { Worker } from "node:worker_threads";
import { SpecError } from "../../errors.js";
import type { EmitResult } from "../emitter.js";
import { openapiTypescriptModules } from "./adapter.js";

export const WIRE_TYPES_FILE = "openapi.d.ts";

/** A run of openapi-typescript in a worker thread, started before its input exists. */
export interface WireTypesJob {
  /** Hands over the bundled document (or, when it is the file's JSON as it was read, its text). */
  type(document: unknown, jsonText?: string): void;
  /** Settles once `type` has been called and openapi-typescript is done. */
  readonly result: Promise<EmitResult>;
  /** Stops the worker; `result` then never settles as a failure anyone has to handle. */
  cancel(): void;
}

/**
 * The exact wire types of the whole document (paths, operations, parameters, components) by
 * openapi-typescript, the reference tool for that job. It is the one output that reads the
 * bundled document rather than the model: its input is, by definition, the OpenAPI document.
 * The worker starts at once and loads openapi-typescript (0.6 s) while the document is read: on a
 * small spec that load was most of the run.
 */
export function startWireTypes(): WireTypesJob {
  const worker = new Worker(new URL("./worker.cjs", import.meta.url), {
    workerData: { modules: openapiTypescriptModules() },
    resourceLimits: { stackSizeMb: 256 },
  });
  let cancelled = false;
  const result = new Promise<EmitResult>((resolve, reject) => {
    worker.once("message", (message: { ok: true; contents: string } | { ok: false; message: string }) => {
      void worker.terminate();
      if (message.ok) resolve({ files: [{ path: WIRE_TYPES_FILE, contents: message.contents }], warnings: [] });
      else
        reject(new SpecError("UNSUPPORTED", `openapi-typescript could not type this document: ${message.message}`, {}));
    });
    worker.once("error", (error) =>
      reject(new SpecError("UNSUPPORTED", `openapi-typescript could not type this document: ${error.message}`, {})),
    );
  });
  // A cancelled job's rejection is expected; without this it would surface as unhandled.
  result.catch(() => cancelled || undefined);
  return {
    result,
    type(document, jsonText) {
      worker.postMessage(jsonText === undefined ? { document } : { jsonText });
    },
    cancel() {
      cancelled = true;
      void worker.terminate();
    },
  };
}
