import openapiTS, { astToString } from "openapi-typescript";
import { describe, expect, it } from "vitest";
import { startWireTypes } from "../../generator/emit/wire-types.js";
import { loadSpec } from "../../generator/load/index.js";
import { FIXTURES, GITHUB_SPEC, SPEC } from "../helpers/paths.js";
import { modelOfDocument, documentWith } from "../helpers/model.js";
import path from "node:path";

/**
 * openapi.d.ts comes from openapi-typescript's transform run without its Redocly lint and bundle
 * passes (our load has done both): the bytes must be those `openapiTS()` itself returns.
 */
async function bothWays(file: string): Promise<[string, string]> {
  const { document } = await loadSpec(file);
  const reference = astToString(await openapiTS(JSON.stringify(document), { silent: true, alphabetize: false }));
  const job = startWireTypes();
  job.type(document);
  const [ours] = (await job.result).files;
  return [ours!.contents, reference];
}

describe("openapi.d.ts", () => {
  for (const [name, file] of [
    ["spec/", SPEC],
    ["the 3.1 features document", path.join(FIXTURES, "openapi-3.1-features.yaml")],
    ["the hostile names document", path.join(FIXTURES, "hostile/names.yaml")],
    ["GitHub's REST description", GITHUB_SPEC],
  ] as const) {
    it(`is byte for byte what openapiTS() writes, for ${name}`, async () => {
      const [ours, reference] = await bothWays(file);
      expect(ours.length).toBeGreaterThan(100);
      expect(ours === reference).toBe(true);
    });
  }

  it("two operations with one operationId are refused at load, with the pointer of the second", async () => {
    const operation = (id: string) => ({ operationId: id, responses: { "200": { description: "ok" } } });
    await expect(modelOfDocument(documentWith({}, { paths: { "/a": { get: operation("list") }, "/b": { post: operation("list") } } }))).rejects.toMatchObject({
      code: "STRUCTURE",
      message: 'operationId "list" is also the id of GET /a: operation ids must be unique',
      location: { pointer: "/paths/~1b/post/operationId" },
    });
  });
});
