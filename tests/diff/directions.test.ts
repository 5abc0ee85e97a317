import { describe, expect, it } from "vitest";
import { diffLoaded, sideFromText } from "../../generator/diff/index.js";

/** Two component schemas no operation uses: `Hook`, the payload of a webhook, and `Event`, reached from nowhere. */
function spec(changed: boolean): string {
  const schema = () => ({
    type: "object",
    required: changed ? [] : ["a"],
    properties: {
      ...(changed ? {} : { a: { type: "string" } }),
      b: { type: "string", ...(changed ? { maxLength: 5 } : {}) },
    },
  });
  return JSON.stringify({
    openapi: "3.1.0",
    info: { title: "d", version: "1" },
    paths: {},
    webhooks: {
      hook: {
        post: {
          requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/Hook" } } } },
          responses: { "200": { description: "ok" } },
        },
      },
    },
    components: { schemas: { Hook: schema(), Event: schema() } },
  });
}

describe("the direction of component schemas no operation uses", () => {
  it("a webhook payload reads as what the API sends; a schema reached from nowhere counts both ways, at the milder level", async () => {
    const result = diffLoaded(
      await sideFromText("base.json", spec(false)),
      await sideFromText("head.json", spec(true)),
    );
    expect(
      result.findings.map((finding) => `${finding.where} ${finding.rule} ${finding.level} ${finding.jsonPath}`),
    ).toEqual([
      // Sent by the API: a removed property breaks receivers; a lower maxLength cannot hurt them.
      "components.schemas.Hook response-property-removed breaking $.a",
      // Either way: both directions call the removal breaking; only a request is hurt by the new maxLength, so it counts as info.
      "components.schemas.Event request-property-removed breaking $.a",
      "components.schemas.Event request-max-length-lowered info $.b",
    ]);
  });
});
