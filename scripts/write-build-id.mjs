// Part of `npm run build`, last: a fingerprint of everything in dist/generator, which the cache of
// `specgen validate` keys on (with the version), so that no entry outlives a change to the code.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../dist/generator/", import.meta.url));
const OUT = "build-id.txt";
const hash = createHash("sha256");
const files = readdirSync(root, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name !== OUT)
  .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
  .sort();
for (const file of files)
  hash
    .update(`${file}\0`)
    .update(readFileSync(path.join(root, file)))
    .update("\0");
writeFileSync(path.join(root, OUT), `${hash.digest("hex").slice(0, 32)}\n`);
