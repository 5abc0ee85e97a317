export const CORPUS_PACKAGE: string;
/** Installs the directory into `cache` the first time; returns its `api` folder. */
export function ensureCorpus(cache: string): string;
/** The OpenAPI 3.x descriptions under `api` (read from each file's head), relative to it, sorted. */
export function listDescriptions(api: string): string[];
/** `size` of `list`, the same on every machine for a `seed` (mulberry32 shuffle), sorted. */
export function sample<T>(list: readonly T[], size: number, seed: number): T[];
