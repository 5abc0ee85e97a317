import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import { SpecError } from "../errors.js";
import type { EmitResult } from "./types.js";

export const WIRE_TYPES_FILE = "openapi.d.ts";

/**
 * Runs in a worker thread: openapi-typescript then works on the second core while our own
 * emitters run on the first, and its recursive walker gets a stack deep enough for long `$ref`
 * chains. Written as an eval'd string so that it runs the same from source (tests) and from dist.
 *
 * It calls openapi-typescript's `transformSchema` with the context `openapiTS()` builds from the
 * same options, rather than `openapiTS()` itself, which first lints and bundles the document
 * with Redocly: 1.9 s of its 3.2 s on GitHub's description, spent on a document that `load` has
 * already bundled and checked. The output is byte for byte `openapiTS()`'s (a test compares).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
// Loaded while the main thread is still reading and checking the document.
let api;
let loadError;
try {
  api = {
    transformSchema: require(workerData.modules.transform),
    astToString: require(workerData.modules.ts).astToString,
    scanDiscriminators: require(workerData.modules.utils).scanDiscriminators,
    resolveRef: require(workerData.modules.utils).resolveRef,
  };
} catch (error) {
  loadError = error;
}
parentPort.once("message", (input) => new Promise((resolve) => {
  if (loadError) throw loadError;
  const document = input.jsonText !== undefined ? JSON.parse(input.jsonText) : input.document;
  const options = { silent: true, alphabetize: false };
  const ctx = {
    additionalProperties: false, alphabetize: false, arrayLength: false, defaultNonNullable: true,
    discriminators: api.scanDiscriminators(document, options), emptyObjectsUnknown: false, enum: false,
    enumValues: false, conditionalEnums: false, dedupeEnums: false, excludeDeprecated: false, exportType: false,
    immutable: false, rootTypes: false, rootTypesNoSchemaPrefix: false, rootTypesKeepCasing: false, injectFooter: [],
    pathParamsAsTypes: false, postTransform: undefined, propertiesRequiredByDefault: false, redoc: undefined,
    silent: true, inject: undefined, transform: undefined, transformProperty: undefined, makePathsEnum: false,
    generatePathParams: false, readWriteMarkers: false,
    resolve: ($ref) => api.resolveRef(document, $ref, { silent: true }),
  };
  resolve(api.astToString(api.transformSchema(document, ctx)));
}).then((contents) => {
  parentPort.postMessage({ ok: true, contents });
}).catch((error) => {
  parentPort.postMessage({ ok: false, message: String(error && error.message || error).split("\\n")[0] });
}));
`;

const require = createRequire(import.meta.url);

/**
 * The three modules of openapi-typescript's CommonJS build the worker uses, rather than its entry
 * point, which also loads Redocly's linter and bundler (1.5 s to import instead of 0.6 s, on a
 * path that never calls them). Its package's `exports` map publishes every file ("./*").
 */
const OPENAPI_TYPESCRIPT_MODULES = {
  transform: require.resolve("openapi-typescript/dist/transform/index.cjs"),
  ts: require.resolve("openapi-typescript/dist/lib/ts.cjs"),
  utils: require.resolve("openapi-typescript/dist/lib/utils.cjs"),
};

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
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { modules: OPENAPI_TYPESCRIPT_MODULES },
    resourceLimits: { stackSizeMb: 256 },
  });
  let cancelled = false;
  const result = new Promise<EmitResult>((resolve, reject) => {
    worker.once("message", (message: { ok: true; contents: string } | { ok: false; message: string }) => {
      void worker.terminate();
      if (message.ok) resolve({ files: [{ path: WIRE_TYPES_FILE, contents: message.contents }], warnings: [] });
      else reject(new SpecError("UNSUPPORTED", `openapi-typescript could not type this document: ${message.message}`, {}));
    });
    worker.once("error", (error) => reject(new SpecError("UNSUPPORTED", `openapi-typescript could not type this document: ${error.message}`, {})));
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
