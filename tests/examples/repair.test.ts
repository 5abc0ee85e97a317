import { describe, expect, it } from "vitest";
import { ExampleSelector, fits } from "../../generator/example-values/index.js";
import { formatWarning } from "../../generator/errors.js";
import { documentWith, modelOfDocument } from "../helpers/model.js";

/** The example chosen for `Thing.field` when `field` has the given schema, and the warnings printed. */
async function exampleOf(field: Record<string, unknown>, required = true) {
  const model = await modelOfDocument(
    documentWith({ Thing: { type: "object", required: required ? ["field"] : [], properties: { field } } }),
  );
  const selector = new ExampleSelector(model);
  const value = selector.forNamed("Thing") as Record<string, unknown>;
  expect(fits(value as never, model.schemas.get("Thing")!.schema, model)).toBe(true);
  return { value: value.field, warnings: selector.warnings().map(formatWarning) };
}

const AT = "inline.json #/components/schemas/Thing/properties/field";

describe("examples that lie are repaired or replaced, with a warning naming their pointer", () => {
  it("a string holding JSON on an array schema is parsed", async () => {
    const result = await exampleOf({ type: "array", items: { type: "string" }, example: '["a", "b"]' });
    expect(result.value).toEqual(["a", "b"]);
    expect(result.warnings).toEqual([
      `warning EXAMPLE_PARSED ${AT}/example: example "[\\"a\\", \\"b\\"]" does not fit its schema (expected array, got string); using the value parsed from it, ["a","b"]`,
    ]);
  });

  it("a string holding json(…) is parsed from inside the call", async () => {
    const result = await exampleOf({
      type: ["array", "null"],
      items: { type: "string" },
      maxItems: 4,
      example: 'json(["stop", "halt"])',
    });
    expect(result.value).toEqual(["stop", "halt"]);
    expect(result.warnings).toEqual([
      `warning EXAMPLE_PARSED ${AT}/example: example "json([\\"stop\\", \\"halt\\"])" does not fit its schema (expected array, got string); using the value parsed from it, ["stop","halt"]`,
    ]);
  });

  it("a string whose parsed value does not validate either is replaced by a synthesised value", async () => {
    const result = await exampleOf({ type: "array", items: { type: "string" }, example: "json([1, 2])" });
    expect(result.value).toEqual(["<value>"]);
    expect(result.warnings).toEqual([
      `warning EXAMPLE_INVALID ${AT}/example: example "json([1, 2])" does not fit its schema (expected array, got string); ignored, a value is synthesised from the schema instead`,
    ]);
  });

  it("a value of the wrong type is replaced", async () => {
    const result = await exampleOf({ type: "integer", example: "twelve" });
    expect(result.value).toBe(0);
    expect(result.warnings).toEqual([
      `warning EXAMPLE_INVALID ${AT}/example: example "twelve" does not fit its schema (expected integer, got string); ignored, a value is synthesised from the schema instead`,
    ]);
  });

  it("a number out of range is replaced by one inside the bounds", async () => {
    const result = await exampleOf({ type: "number", minimum: 0, maximum: 2, example: 3.5 });
    expect(result.value).toBe(0);
    expect(result.warnings).toEqual([
      `warning EXAMPLE_INVALID ${AT}/example: example 3.5 does not fit its schema (3.5 is above the maximum 2); ignored, a value is synthesised from the schema instead`,
    ]);
  });

  it("a string that breaks its pattern is replaced by one that fits", async () => {
    const result = await exampleOf({ type: "string", pattern: "^[a-z]{3}-\\d{2}$", example: "nope" });
    expect(result.value).toBe("aaa-11");
    expect(result.warnings).toEqual([
      `warning EXAMPLE_INVALID ${AT}/example: example "nope" does not fit its schema (does not match the pattern ^[a-z]{3}-\\d{2}$); ignored, a value is synthesised from the schema instead`,
    ]);
  });

  it("an invalid default is dropped, and an optional property without example then stays out", async () => {
    const result = await exampleOf({ type: "array", items: { type: "string" }, default: "[]" }, false);
    expect(result.value).toBeUndefined();
    expect(result.warnings).toEqual([
      `warning DEFAULT_INVALID ${AT}/default: default "[]" does not fit its schema (expected array, got string); dropped`,
    ]);
  });

  it("a valid example is used as it is, silently", async () => {
    const result = await exampleOf({
      type: "object",
      additionalProperties: { type: "number" },
      example: { b: 1, a: -0.5 },
    });
    expect(Object.keys(result.value as object)).toEqual(["b", "a"]);
    expect(result.warnings).toEqual([]);
  });
});

describe("synthesised values fit their schema", () => {
  const cases: [string, Record<string, unknown>, unknown][] = [
    ["the first enum value", { type: "string", enum: ["low", "high"] }, "low"],
    ["an exclusive minimum with multipleOf", { type: "integer", exclusiveMinimum: 0, multipleOf: 8 }, 8],
    ["a minimum above zero", { type: "number", minimum: 1.5 }, 1.5],
    ["an exclusive maximum below zero", { type: "integer", exclusiveMaximum: -3 }, -4],
    ["a format", { type: "string", format: "date-time" }, "2025-01-01T00:00:00Z"],
    ["a length", { type: "string", minLength: 10 }, "<value>xxx"],
    ["a short maximum length", { type: "string", maxLength: 3 }, "<va"],
    ["the first oneOf member", { oneOf: [{ type: "boolean" }, { type: "string" }] }, false],
    ["minItems", { type: "array", minItems: 2, items: { type: "integer", minimum: 5 } }, [5, 5]],
    ["a const", { const: "fixed" }, "fixed"],
  ];
  for (const [name, schema, expected] of cases) {
    it(name, async () => {
      expect((await exampleOf(schema)).value).toEqual(expected);
    });
  }

  it("a recursive schema ends, and optional properties appear only with an example below", async () => {
    const model = await modelOfDocument(
      documentWith({
        Node: {
          type: "object",
          required: ["name"],
          properties: {
            name: { type: "string", example: "root" },
            children: { type: "array", items: { $ref: "#/components/schemas/Node" } },
            parent: { $ref: "#/components/schemas/Node" },
          },
        },
      }),
    );
    const selector = new ExampleSelector(model);
    // `parent` is an object with an example below it (`name`); the reference cycle is cut.
    expect(selector.forNamed("Node")).toEqual({ name: "root", parent: { name: "root" } });
  });

  it("the same spec gives the same example", async () => {
    const a = await exampleOf({ type: "string", pattern: "^v[0-9]+\\.[0-9]+$" });
    const b = await exampleOf({ type: "string", pattern: "^v[0-9]+\\.[0-9]+$" });
    expect(a.value).toBe("v0.0");
    expect(b.value).toBe(a.value);
  });
});
