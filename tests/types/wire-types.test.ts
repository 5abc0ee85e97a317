import { describe, expect, it } from "vitest";
import { PINNED_OPENAPI_TYPESCRIPT, installedOpenapiTypescript } from "../../generator/emit/wire-types/adapter.js";
import { bothWays } from "../helpers/wire-types.js";
import { FIXTURES, SPEC } from "../helpers/paths.js";
import { modelOfDocument, documentWith } from "../helpers/model.js";
import path from "node:path";

describe("openapi.d.ts", () => {
  for (const [name, file] of [
    ["spec/", SPEC],
    ["the 3.1 features document", path.join(FIXTURES, "openapi-3.1-features.yaml")],
    ["the hostile names document", path.join(FIXTURES, "hostile/names.yaml")],
  ] as const) {
    it(`is byte for byte what openapiTS() writes, for ${name}`, async () => {
      const [ours, reference] = await bothWays(file);
      expect(ours.length).toBeGreaterThan(100);
      expect(ours === reference).toBe(true);
    });
  }

  it("runs on the openapi-typescript version its private modules and context defaults were read from", () => {
    expect(
      installedOpenapiTypescript(),
      `openapi-typescript changed version: re-read its dist/transform, dist/lib/ts and dist/lib/utils modules and openapiTS()'s context, update generator/emit/wire-types/worker.cjs, then PINNED_OPENAPI_TYPESCRIPT in adapter.ts`,
    ).toBe(PINNED_OPENAPI_TYPESCRIPT);
  });

  it("two operations with one operationId are refused at load, with the pointer of the second", async () => {
    const operation = (id: string) => ({ operationId: id, responses: { "200": { description: "ok" } } });
    await expect(
      modelOfDocument(
        documentWith({}, { paths: { "/a": { get: operation("list") }, "/b": { post: operation("list") } } }),
      ),
    ).rejects.toMatchObject({
      code: "STRUCTURE",
      message: 'operationId "list" is also the id of GET /a: operation ids must be unique',
      location: { pointer: "/paths/~1b/post/operationId" },
    });
  });
});
