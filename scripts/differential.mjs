// `npm run differential`: bundles tests/differential/cli.ts with esbuild (npm packages left
// external) into tests/tmp/ and runs it. Arguments are passed on (see cli.ts).
import { build } from "esbuild";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(repo, "tests/tmp/differential-cli.mjs");
mkdirSync(path.dirname(out), { recursive: true });
await build({
  entryPoints: [path.join(repo, "tests/differential/cli.ts")],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  outfile: out,
  logLevel: "error",
});
await import(pathToFileURL(out).href);
