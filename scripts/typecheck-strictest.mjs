// Type-checks a generated folder (`specgen generate --out <dir>`) in memory with STRICTEST_OPTIONS
// and prints the errors by code, then the first few of each code.
// Usage: npm run build && node scripts/typecheck-strictest.mjs <dir> [examples per code]
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { STRICTEST_OPTIONS, typecheckFiles } from "../dist/generator/verify/typecheck.js";

const dir = process.argv[2];
if (dir === undefined) {
  console.error("usage: node scripts/typecheck-strictest.mjs <generated folder> [examples per code]");
  process.exit(2);
}
const shown = Number(process.argv[3] ?? 3);
const files = readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => {
    const full = path.join(entry.parentPath, entry.name);
    return { path: path.relative(dir, full).split(path.sep).join("/"), contents: readFileSync(full, "utf8") };
  })
  .sort((a, b) => (a.path < b.path ? -1 : 1));
const started = Date.now();
const diagnostics = typecheckFiles(files, STRICTEST_OPTIONS);
const byCode = new Map();
for (const diagnostic of diagnostics) byCode.set(diagnostic.code, [...(byCode.get(diagnostic.code) ?? []), diagnostic]);
console.log(`${files.length} files, ${diagnostics.length} errors, ${((Date.now() - started) / 1000).toFixed(1)} s`);
for (const [code, found] of [...byCode].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`TS${code}: ${found.length}`);
  for (const diagnostic of found.slice(0, shown))
    console.log(`  ${diagnostic.file}:${diagnostic.line} ${diagnostic.message.split("\n")[0].slice(0, 200)}`);
}
process.exitCode = diagnostics.length === 0 ? 0 : 1;
