/**
 * Ways to break an OpenAPI document that its official schema finds, and the verdict of a
 * structure validator on one: shared by the fast and the corpus tests of the precompiled validators.
 */
/** Ways to break a document that the official schema finds, one at a time (the first breaks nothing). */
export const BREAKS: readonly ((document: Record<string, unknown>) => void)[] = [
  () => undefined,
  (document) => delete document.info,
  (document) => (document.unexpected = true),
  (document) => (document.paths = { "/x": { get: { responses: { "200": { descriptio: "typo" } } } } }),
  (document) =>
    (document.paths = { "/x": { get: { parameters: [{ name: "a", in: "query", style: 3 }], responses: {} } } }),
  (document) => (document.components = { schemas: { A: 3 } }),
  (document) => (document.servers = [{ description: "no url" }]),
];

export function verdict(validate: (document: unknown) => boolean, document: unknown): unknown {
  const valid = validate(document);
  return { valid, errors: (validate as unknown as { errors?: unknown }).errors ?? null };
}
