// @ts-check
/**
 * openapi-typescript in a worker thread: it then works on the second core while our emitters run
 * on the first, and its recursive walker gets a stack deep enough for long `$ref` chains.
 *
 * It calls openapi-typescript's `transformSchema` with the context `openapiTS()` builds from the
 * same options, rather than `openapiTS()` itself, which first lints and bundles the document with
 * Redocly (most of its time on GitHub's description) although `load` has already bundled and
 * checked it. The modules are its CommonJS build's own files, not its entry point, which also
 * loads Redocly. Both are private to openapi-typescript: adapter.ts pins the version they were
 * read from, and a test compares the output with `openapiTS()`'s byte for byte.
 */
const { parentPort, workerData } = require("node:worker_threads");

/** @typedef {import("openapi-typescript").GlobalContext} GlobalContext */

// Loaded while the main thread is still reading and checking the document.
/** @type {{ transformSchema: Function; astToString: Function; scanDiscriminators: Function; resolveRef: Function } | undefined} */
let api;
/** @type {unknown} */
let loadError;
try {
  const utils = require(workerData.modules.utils);
  api = {
    transformSchema: require(workerData.modules.transform),
    astToString: require(workerData.modules.ts).astToString,
    scanDiscriminators: utils.scanDiscriminators,
    resolveRef: utils.resolveRef,
  };
} catch (error) {
  loadError = error;
}

/**
 * `openapiTS()`'s context for `{ silent: true, alphabetize: false }`. Typed as its public
 * `GlobalContext`, so that a field added or renamed by a new version fails the type-check.
 * @param {Record<string, unknown>} document
 * @returns {GlobalContext}
 */
function contextFor(document) {
  const found = /** @type {NonNullable<typeof api>} */ (api);
  const options = { silent: true, alphabetize: false };
  return {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    // A property with a `default` stays optional, as in the SDK and wire types and the validators
    // (openapi-typescript's default makes it required: code typed against the SDK would not compile
    // against openapi.d.ts).
    defaultNonNullable: false,
    discriminators: found.scanDiscriminators(document, options),
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    redoc: /** @type {GlobalContext["redoc"]} */ (/** @type {unknown} */ (undefined)),
    silent: true,
    transform: undefined,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve: ($ref) => found.resolveRef(document, $ref, { silent: true }),
  };
}

/** @param {{ jsonText?: string; document?: Record<string, unknown> }} input */
function typeDocument(input) {
  if (loadError !== undefined || api === undefined) throw loadError;
  const document = input.jsonText !== undefined ? JSON.parse(input.jsonText) : input.document;
  return api.astToString(api.transformSchema(document, contextFor(document)));
}

parentPort?.once("message", (input) => {
  try {
    parentPort?.postMessage({ ok: true, contents: typeDocument(input) });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    parentPort?.postMessage({ ok: false, message: message.split("\n")[0] });
  }
});
