import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { FIXTURES, GITHUB_SPEC, REPO, SPEC } from "../helpers/paths.js";

/** A description the differential run reads, and how many of its component schemas to sample (all when undefined). */
export interface Source {
  readonly name: string;
  readonly file: string;
}

/** Where a corpus of real descriptions may be cached (`SPECGEN_CORPUS`, else tests/corpus/cache). */
export const CORPUS_DIR = process.env.SPECGEN_CORPUS ?? path.join(REPO, "tests/corpus/cache");

/** spec/, GitHub's description, the fixtures that are whole descriptions, and the corpus cache when there is one. */
export function differentialSources(): Source[] {
  const fixtures = readdirSync(FIXTURES)
    .filter((file) => /\.(ya?ml|json)$/.test(file))
    .map((file) => ({ name: `tests/fixtures/${file}`, file: path.join(FIXTURES, file) }));
  const corpus = existsSync(CORPUS_DIR)
    ? readdirSync(CORPUS_DIR).filter((file) => /\.(ya?ml|json)$/.test(file)).sort().map((file) => ({ name: `corpus/${file}`, file: path.join(CORPUS_DIR, file) }))
    : [];
  return [{ name: "spec/openapi.yaml", file: SPEC }, { name: "github", file: GITHUB_SPEC }, ...fixtures, ...corpus];
}

/** Every `step`-th component key (sorted), at most `count`: a sample spread over the whole description. */
export function sample<T>(items: readonly T[], count: number | undefined): T[] {
  if (count === undefined || items.length <= count) return [...items];
  const step = items.length / count;
  return Array.from({ length: count }, (_, i) => items[Math.floor(i * step)]!);
}
