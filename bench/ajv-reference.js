// The Ajv the benchmarks time is the one the differential tests compare with
// (tests/helpers/ajv-reference.ts: Ajv 8 per document version, ajv-formats in full mode,
// `ownProperties`, OpenAPI's `nullable` and `discriminator`), bundled with esbuild and imported,
// as scripts/differential.mjs runs its TypeScript.
import { importTypeScript } from "../scripts/import-typescript.mjs";

/** `ajvReference(spec, { allErrors })` of tests/helpers/ajv-reference.ts. */
export async function loadAjvReference() {
  return (await importTypeScript("tests/helpers/ajv-reference.ts", "bench-ajv-reference")).ajvReference;
}
