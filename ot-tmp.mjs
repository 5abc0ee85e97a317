import openapiTS, { astToString, transformSchema, scanDiscriminators, resolveRef } from "openapi-typescript";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const file = process.argv[2] ?? require.resolve("@octokit/openapi/generated/api.github.com.json");
const text = readFileSync(file, "utf8");
function direct(schema) {
  const options = { silent: true, alphabetize: false };
  const ctx = {
    additionalProperties: false, alphabetize: false, arrayLength: false, defaultNonNullable: true,
    discriminators: scanDiscriminators(schema, options), emptyObjectsUnknown: false, enum: false, enumValues: false,
    conditionalEnums: false, dedupeEnums: false, excludeDeprecated: false, exportType: false, immutable: false,
    rootTypes: false, rootTypesNoSchemaPrefix: false, rootTypesKeepCasing: false, injectFooter: [], pathParamsAsTypes: false,
    postTransform: undefined, propertiesRequiredByDefault: false, redoc: undefined, silent: true, inject: undefined,
    transform: undefined, transformProperty: undefined, makePathsEnum: false, generatePathParams: false, readWriteMarkers: false,
    resolve($ref) { return resolveRef(schema, $ref, { silent: true }); },
  };
  return transformSchema(schema, ctx);
}
let t = performance.now();
const a = astToString(await openapiTS(JSON.parse(text), { silent: true, alphabetize: false })); console.log("openapiTS", (performance.now() - t).toFixed(0)); t = performance.now();
const b = astToString(direct(JSON.parse(text))); console.log("direct", (performance.now() - t).toFixed(0));
console.log("identical", a === b, a.length, b.length);
