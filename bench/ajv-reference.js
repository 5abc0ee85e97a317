// The Ajv the benchmarks time is the one the differential tests compare with
// (tests/helpers/ajv-reference.ts: Ajv 8 per document version, ajv-formats in full mode,
// `ownProperties`, OpenAPI's `nullable` and `discriminator`), bundled with esbuild into tests/tmp/
// (npm packages left external) and imported, as scripts/differential.mjs runs its TypeScript.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** `ajvReference(spec, { allErrors })` of tests/helpers/ajv-reference.ts. */
export async function loadAjvReference() {
  const out = path.join(repo, "tests/tmp/bench-ajv-reference.mjs");
  mkdirSync(path.dirname(out), { recursive: true });
  await build({
    entryPoints: [path.join(repo, "tests/helpers/ajv-reference.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    outfile: out,
    logLevel: "error",
  });
  return (await import(pathToFileURL(out).href)).ajvReference;
}
