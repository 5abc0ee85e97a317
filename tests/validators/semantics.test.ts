import { describe, expect, it } from "vitest";
import { documentWith, modelOfDocument } from "../helpers/model.js";
import { loadValidators } from "../helpers/validators.js";
import type { Model } from "../../generator/model/types.js";

/** JSON Schema's and OpenAPI's rules where a validator is easily wrong, each as Ajv decides it. */
async function validators(
  schemas: Record<string, unknown>,
  version: "3.0.3" | "3.1.0" = "3.1.0",
  prefix = "semantics",
): Promise<{
  model: Model;
  is: (key: string, value: unknown) => boolean;
  errors: (key: string, value: unknown) => { pointer: string; keyword: string; expected: string }[];
}> {
  const model = await modelOfDocument(documentWith(schemas, { openapi: version }));
  const loaded = await loadValidators(model, prefix);
  return {
    model,
    is: (key, value) => loaded.is(key)(value),
    errors: (key, value) => {
      const result = loaded.validate(key)(value, { allErrors: true }) as {
        ok: boolean;
        errors?: { pointer: string; keyword: string; expected: string }[];
      };
      return result.ok ? [] : result.errors!.map(({ pointer, keyword, expected }) => ({ pointer, keyword, expected }));
    },
  };
}

describe("keywords without `type` apply to their own type only", () => {
  it("maxLength, minimum, items, properties, format", async () => {
    const v = await validators({
      Short: { maxLength: 2 },
      Positive: { minimum: 1 },
      Strings: { items: { type: "string" } },
      Named: { properties: { a: { type: "string" } } },
      When: { format: "date-time" },
    });
    expect([v.is("Short", 123), v.is("Short", "abc"), v.is("Short", "ab")]).toEqual([true, false, true]);
    expect([v.is("Positive", "x"), v.is("Positive", 0)]).toEqual([true, false]);
    expect([v.is("Strings", 5), v.is("Strings", [1])]).toEqual([true, false]);
    expect([v.is("Named", "x"), v.is("Named", { a: 1 })]).toEqual([true, false]);
    expect([v.is("When", 5), v.is("When", "2024-02-30T00:00:00Z")]).toEqual([true, false]);
  });
});

describe("nullable", () => {
  it("3.0.3: adds null to `type`, not to an `enum` without null, nothing without `type`", async () => {
    const v = await validators(
      {
        Name: { type: "string", nullable: true },
        Color: { type: "string", enum: ["red"], nullable: true },
        ColorOrNull: { type: "string", enum: ["red", null], nullable: true },
        Untyped: { nullable: true, maxLength: 3 },
        Wrapped: { nullable: true, allOf: [{ type: "string" }] },
        // GitHub's code-quality-setup: the inline enum becomes a named one; null still fails `enum` alone.
        Setup: {
          type: "object",
          properties: { runner_type: { type: "string", nullable: true, enum: ["standard", "labeled"] } },
        },
      },
      "3.0.3",
      "semantics-30",
    );
    expect(v.is("Name", null)).toBe(true);
    expect(v.is("Color", null)).toBe(false);
    expect(v.errors("Color", null)).toEqual([{ pointer: "", keyword: "enum", expected: '"red"' }]);
    expect(v.is("ColorOrNull", null)).toBe(true);
    expect(v.is("Untyped", null)).toBe(true);
    expect(v.is("Wrapped", null)).toBe(false);
    expect(v.errors("Setup", { runner_type: null })).toEqual([
      { pointer: "/runner_type", keyword: "enum", expected: '"standard", "labeled"' },
    ]);
    expect(v.is("Setup", { runner_type: "labeled" })).toBe(true);
  });

  it("3.1: not a keyword", async () => {
    const v = await validators({ Name: { type: "string", nullable: true } }, "3.1.0", "semantics-31");
    expect(v.is("Name", null)).toBe(false);
  });
});

describe("format: date-time is RFC 3339 (ajv-formats full) by default", () => {
  it("refuses impossible dates and times, allows the leap second at 23:59:60 UTC only", async () => {
    const v = await validators({ At: { type: "string", format: "date-time" } }, "3.1.0", "semantics-dt");
    expect(
      [
        "2024-02-30T25:00:00Z",
        "2024-02-30T10:00:00Z",
        "2023-02-29T00:00:00Z",
        "2016-12-31T23:59:60Z",
        "2016-12-31T12:59:60Z",
        "2024-02-29T00:00:00Z",
      ].map((s) => v.is("At", s)),
    ).toEqual([false, false, false, true, false, true]);
  });
});

describe("error pointers resolve in the payload", () => {
  it("a discriminator without its tag points at the object and names the tag in `expected`", async () => {
    const v = await validators(
      {
        A: { type: "object", required: ["kind"], properties: { kind: { const: "a" } } },
        B: { type: "object", required: ["kind"], properties: { kind: { const: "b" } } },
        AB: {
          oneOf: [{ $ref: "#/components/schemas/A" }, { $ref: "#/components/schemas/B" }],
          discriminator: {
            propertyName: "kind",
            mapping: { a: "#/components/schemas/A", b: "#/components/schemas/B" },
          },
        },
      },
      "3.1.0",
      "semantics-disc",
    );
    expect(v.errors("AB", {})).toEqual([
      { pointer: "", keyword: "discriminator", expected: '"kind": one of "a", "b"' },
    ]);
  });

  it("`type: [string, integer]` reports `type`, and the keywords of the type the value has", async () => {
    const v = await validators(
      { Id: { type: ["string", "integer"], minLength: 2, minimum: 5 } },
      "3.1.0",
      "semantics-types",
    );
    expect(v.errors("Id", true)).toEqual([{ pointer: "", keyword: "type", expected: "string or integer" }]);
    expect(v.errors("Id", "x")).toEqual([{ pointer: "", keyword: "minLength", expected: "at least 2 characters" }]);
    expect(v.errors("Id", 1.5).map((error) => error.keyword)).toEqual(["type", "minimum"]);
  });
});
