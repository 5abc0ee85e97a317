/**
 * The corpus suite's heaviest checks (every MDX page, every example through Ajv, of GitHub's
 * description) run on a deterministic third of their items in CI, where `.ci/run` must stay
 * under ten minutes, and on all of them with `SPECGEN_CORPUS_FULL=1 npm run test:corpus`.
 */
export const CORPUS_FULL = process.env.SPECGEN_CORPUS_FULL === "1";

/** Every item with `SPECGEN_CORPUS_FULL=1`, else every third one (the first, the fourth, …). */
export function corpusShare<T>(items: readonly T[]): readonly T[] {
  return CORPUS_FULL ? items : items.filter((_, index) => index % 3 === 0);
}
