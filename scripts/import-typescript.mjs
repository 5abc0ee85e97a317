// Imports one of the repository's TypeScript modules (tests/…) from a plain Node script: bundled
// with esbuild (npm packages left external) into tests/tmp/, then imported.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The module at `entry` (relative to the repository), bundled as tests/tmp/`name`.mjs. */
export async function importTypeScript(entry, name) {
  const out = path.join(repo, "tests/tmp", `${name}.mjs`);
  mkdirSync(path.dirname(out), { recursive: true });
  await build({
    entryPoints: [path.join(repo, entry)],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    outfile: out,
    logLevel: "error",
  });
  return import(pathToFileURL(out).href);
}
