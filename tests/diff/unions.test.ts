import { describe, expect, it } from "vitest";
import { diffLoaded, sideFromText } from "../../generator/diff/index.js";

/** A document whose one request body and one response are `schema`. */
function spec(schema: unknown, components: Record<string, unknown> = {}): string {
  return JSON.stringify({
    openapi: "3.1.0",
    info: { title: "u", version: "1" },
    paths: {
      "/e": {
        post: {
          requestBody: { required: true, content: { "application/json": { schema } } },
          responses: { "200": { description: "ok", content: { "application/json": { schema } } } },
        },
      },
    },
    components: { schemas: components },
  });
}

async function findings(base: string, head: string): Promise<string[]> {
  const result = diffLoaded(await sideFromText("base.json", base), await sideFromText("head.json", head));
  return result.findings.map((finding) => `${finding.rule} ${finding.jsonPath}`);
}

const pet = (type: string, extra: Record<string, unknown> = {}) => ({
  type: "object",
  required: ["type"],
  properties: { type: { const: type }, ...extra },
});

describe("union members matched by meaning", () => {
  it("a member really removed is still found, whichever position it held", async () => {
    const base = spec({
      oneOf: [
        pet("cat", { meow: { type: "boolean" } }),
        pet("dog", { bark: { type: "boolean" } }),
        pet("bird", { wings: { type: "integer" } }),
      ],
    });
    const head = spec({
      oneOf: [pet("bird", { wings: { type: "integer" } }), pet("cat", { meow: { type: "boolean" } })],
    });
    expect(await findings(base, head)).toEqual([
      "request-one-of-member-removed $.oneOf[#2 object]",
      "response-one-of-member-removed $.oneOf[#2 object]",
    ]);
  });

  it("members told apart by their discriminator value, not their order", async () => {
    const components = {
      A: { type: "object", properties: { kind: { type: "string" }, n: { type: "integer" } } },
      B: { type: "object", properties: { kind: { type: "string" }, n: { type: "string" } } },
    };
    const union = (order: string[]) => ({
      oneOf: order.map((name) => ({ $ref: `#/components/schemas/${name}` })),
      discriminator: { propertyName: "kind", mapping: { a: "#/components/schemas/A", b: "#/components/schemas/B" } },
    });
    expect(await findings(spec(union(["A", "B"]), components), spec(union(["B", "A"]), components))).toEqual([]);
  });

  it("a member changed in place is compared with itself: its one property change is reported", async () => {
    const base = spec({
      oneOf: [pet("cat", { meow: { type: "boolean" } }), pet("dog", { bark: { type: "boolean" } })],
    });
    const head = spec({ oneOf: [pet("dog", { bark: { type: "string" } }), pet("cat", { meow: { type: "boolean" } })] });
    expect(await findings(base, head)).toEqual([
      "request-type-changed $.oneOf[#1 object].bark",
      "response-type-changed $.oneOf[#1 object].bark",
    ]);
  });

  it("an enum that loses a value is still found after being split into single-value members", async () => {
    const base = spec({ type: "string", enum: ["a", "b", "c"] });
    const head = spec({ oneOf: [{ const: "a" }, { const: "b" }] });
    expect(await findings(base, head)).toEqual([
      "request-enum-value-removed $.oneOf[enum]",
      "response-enum-value-removed $.oneOf[enum]",
    ]);
  });

  it("an anyOf that loses its string member and collapses to a $ref to another union: only the string is reported", async () => {
    const components = {
      Inner: {
        oneOf: [
          { type: "object", properties: { a: { type: "string" } } },
          { type: "object", properties: { b: { type: "integer" } } },
        ],
      },
    };
    const base = spec({ anyOf: [{ type: "string" }, { $ref: "#/components/schemas/Inner" }] }, components);
    const head = spec({ $ref: "#/components/schemas/Inner" }, components);
    expect(await findings(base, head)).toEqual([
      "request-one-of-member-removed $.anyOf[#1 string]",
      "response-one-of-member-removed $.anyOf[#1 string]",
    ]);
  });
});
