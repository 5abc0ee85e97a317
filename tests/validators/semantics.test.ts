import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { documentWith, modelOfDocument } from "../helpers/model.js";
import { loadValidators, type ValidationError } from "../helpers/validators.js";
import type { Model } from "../../generator/model/model.js";

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

describe("keywords of several types without `type` each apply to their own type", () => {
  it("required beside items, maxLength beside minimum: as Ajv decides, and typed as the union of the types", async () => {
    const v = await validators({
      Mixed: { required: ["a"], items: { type: "string" } },
      Bounded: { maxLength: 2, minimum: 1 },
    });
    // Before: the object's keywords alone were read, and every array passed.
    expect([
      v.is("Mixed", [1]),
      v.is("Mixed", ["x"]),
      v.is("Mixed", {}),
      v.is("Mixed", { a: 1 }),
      v.is("Mixed", 3),
    ]).toEqual([false, true, false, true, true]);
    expect(v.errors("Mixed", [1])).toEqual([{ pointer: "/0", keyword: "type", expected: "string" }]);
    expect([
      v.is("Bounded", "abc"),
      v.is("Bounded", 0),
      v.is("Bounded", "ab"),
      v.is("Bounded", 5),
      v.is("Bounded", []),
    ]).toEqual([false, false, true, true, true]);
    const mixed = v.model.schemas.get("Mixed")!.schema;
    expect(mixed).toMatchObject({ kind: "allOf", byKind: true, members: [{ kind: "object" }, { kind: "array" }] });
  });
});

describe("keywords of other types beside `type`", () => {
  it("never change a verdict, and are named in the error list where Ajv names them", async () => {
    const v = await validators({
      // GitHub's dependency-graph-spdx-sbom: `required` beside `type: array`; amadeus: `pattern` beside it.
      Listed: { type: "array", items: { type: "string" }, required: ["a"], pattern: "^x" },
      Bare: { type: "array", required: ["a"], minLength: 1 },
      Count: { type: "integer", format: "date-time", maxLength: 2 },
    });
    expect([v.is("Listed", []), v.is("Listed", {}), v.is("Listed", "x"), v.is("Count", "abc")]).toEqual([
      true,
      false,
      false,
      false,
    ]);
    // Ajv checks type by type (number, string, array, object), and names `type` in the turn of the
    // schema's own type when it has keywords of that type, else first.
    expect(v.errors("Listed", {})).toEqual([
      { pointer: "", keyword: "type", expected: "array" },
      { pointer: "", keyword: "required", expected: "a" },
    ]);
    expect(v.errors("Listed", "y").map((error) => error.keyword)).toEqual(["pattern", "type"]);
    expect(v.errors("Bare", "").map((error) => error.keyword)).toEqual(["type", "minLength"]);
    expect(v.errors("Count", "abc").map((error) => error.keyword)).toEqual(["type", "maxLength", "format"]);
  });

  it("with subschemas, report the errors inside them too", async () => {
    // just-eat.co.uk's BasketTotals, found by the corpus differential.
    const v = await validators(
      { Totals: { type: "object", items: { type: "string" } } },
      "3.0.3",
      "semantics-foreign-items",
    );
    expect(v.is("Totals", ["a"])).toBe(false);
    expect(v.errors("Totals", [1, "a"])).toEqual([
      { pointer: "", keyword: "type", expected: "object" },
      { pointer: "/0", keyword: "type", expected: "string" },
    ]);
  });
});

describe("keywords beside an enum", () => {
  it("apply too, and each failing one is reported, as Ajv reports them", async () => {
    const v = await validators(
      {
        // mbus.local's baudrate and breadcrumbs.one's chain, found by the corpus differential.
        Baudrate: { type: "integer", format: "int32", enum: [300, 600, 9600] },
        Chain: { type: "string", minLength: 1, enum: ["ETH", "BTC"] },
        Code: { type: "string", minLength: 1, enum: ["", "a"] },
        NotA: { type: "string", minLength: 2, enum: ["a", "bb", "cc"], not: { const: "cc" } },
      },
      "3.0.3",
      "semantics-enum-siblings",
    );
    expect(v.is("Baudrate", 600)).toBe(true);
    expect(v.errors("Baudrate", 1.5)).toEqual([
      { pointer: "", keyword: "type", expected: "integer" },
      { pointer: "", keyword: "format", expected: "int32" },
      { pointer: "", keyword: "enum", expected: "300, 600, 9600" },
    ]);
    expect(v.errors("Chain", "")).toEqual([
      { pointer: "", keyword: "minLength", expected: "at least 1 characters" },
      { pointer: "", keyword: "enum", expected: '"ETH", "BTC"' },
    ]);
    // An enum value the keyword beside it refuses is refused.
    expect(v.is("Code", "a")).toBe(true);
    expect(v.is("Code", "")).toBe(false);
    expect(v.errors("Code", "")).toEqual([{ pointer: "", keyword: "minLength", expected: "at least 1 characters" }]);
    // `not` beside them is checked once.
    expect(v.errors("NotA", "cc").map((error) => error.keyword)).toEqual(["not"]);
    expect(v.errors("NotA", "a").map((error) => error.keyword)).toEqual(["minLength"]);
  });

  it("an enum none of whose values has the type beside it accepts nothing, and says what each value fails", async () => {
    // gettyimages.com's VideoAspectRatioFilterType, found by the corpus differential.
    const v = await validators({ Ratio: { type: "string", enum: [969, 556] } }, "3.0.3", "semantics-enum-no-type");
    expect(v.is("Ratio", 969)).toBe(false);
    expect(v.is("Ratio", "969")).toBe(false);
    expect(v.errors("Ratio", 969)).toEqual([{ pointer: "", keyword: "type", expected: "string" }]);
    expect(v.errors("Ratio", "969")).toEqual([{ pointer: "", keyword: "enum", expected: "969, 556" }]);
    expect(v.errors("Ratio", true)).toEqual([
      { pointer: "", keyword: "type", expected: "string" },
      { pointer: "", keyword: "enum", expected: "969, 556" },
    ]);
  });
});

describe("a declared discriminator", () => {
  it("on a property's own union picks the member by its tag too, which the payload must carry", async () => {
    // spotify.com/sonallux's CurrentlyPlayingObject.item, found by the corpus differential: the
    // inline union was not tagged, so `{}` passed as a plain oneOf (it matches Track alone).
    const v = await validators(
      {
        Track: { type: "object", properties: { name: { type: "string" } } },
        Episode: { type: "object", required: ["show"], properties: { show: { type: "string" } } },
        Holder: {
          type: "object",
          properties: {
            item: {
              discriminator: { propertyName: "type" },
              oneOf: [{ $ref: "#/components/schemas/Track" }, { $ref: "#/components/schemas/Episode" }],
            },
          },
        },
      },
      "3.1.0",
      "semantics-inline-tag",
    );
    expect(v.is("Holder", { item: { type: "Track", name: "x" } })).toBe(true);
    expect(v.is("Holder", { item: { type: "Episode" } })).toBe(false);
    expect(v.is("Holder", { item: {} })).toBe(false);
    expect(v.errors("Holder", { item: {} })).toEqual([
      { pointer: "/item", keyword: "discriminator", expected: '"type": one of "Track", "Episode"' },
    ]);
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

  it("a oneOf's null member stays a member when another may hold null too (null then matches two)", async () => {
    const v = await validators(
      {
        Twice: { oneOf: [{ anyOf: [{ enum: [null, 0] }] }, { type: "null" }] },
        Name: { type: "string" },
        OrNull: { oneOf: [{ $ref: "#/components/schemas/Name" }, { type: "null" }] },
        TwoNulls: { oneOf: [{ type: "null" }, { type: "null", description: "again" }] },
        // Found by a 30-minute fuzz run (seed 991610406): a `$ref` was taken to hold no null.
        Nothing: { type: "null" },
        RefToNull: { oneOf: [{ allOf: [{ $ref: "#/components/schemas/Nothing" }] }, { type: "null" }] },
        TwoNullsOrName: {
          anyOf: [{ oneOf: [{ type: "null" }, { type: "null" }] }, { $ref: "#/components/schemas/Name" }],
        },
      },
      "3.1.0",
      "semantics-null-member",
    );
    // Found by a 30-minute fuzz run (seed 989033299): with two `{type: null}` members both were
    // folded into `nullable`, so null passed a oneOf it matches twice.
    expect(v.is("TwoNulls", null)).toBe(false);
    expect(v.is("TwoNulls", 1)).toBe(false);
    expect(v.is("TwoNullsOrName", null)).toBe(false);
    expect(v.is("RefToNull", null)).toBe(false);
    expect(v.is("OrNull", null)).toBe(true);
    expect(v.is("TwoNullsOrName", "x")).toBe(true);
    // Found by a 30-minute fuzz run (seed 931686961): null was folded into `nullable` and accepted.
    expect(v.is("Twice", null)).toBe(false);
    expect(v.is("Twice", 0)).toBe(true);
    expect(v.is("OrNull", null)).toBe(true);
    expect(v.is("OrNull", 1)).toBe(false);
  });

  it("3.0: beside a $ref, ignored with every other sibling (as Ajv and openapi-typescript read it)", async () => {
    const v = await validators(
      {
        Mode: { type: "string", enum: ["text", "binary"] },
        // twilio.com/twilio_wireless_v1's command_mode, found by the corpus differential.
        Command: {
          type: "object",
          properties: { mode: { $ref: "#/components/schemas/Mode", type: "string", nullable: true } },
        },
      },
      "3.0.3",
      "semantics-ref-nullable",
    );
    expect(v.is("Command", { mode: "text" })).toBe(true);
    expect(v.is("Command", { mode: null })).toBe(false);
    expect(v.errors("Command", { mode: null })).toEqual([
      { pointer: "/mode", keyword: "type", expected: "string" },
      { pointer: "/mode", keyword: "enum", expected: '"text", "binary"' },
    ]);
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

describe("error pointers through the walkers of named schemas", () => {
  // Each walker records how it was reached and the pointer is joined only for an error: these
  // pointers cross named schemas under properties, array items, nested arrays and map keys (that
  // need escaping), and follow siblings whose own subtrees were walked first.
  const schemas = {
    Leaf: { type: "object", required: ["n"], properties: { n: { type: "integer" } } },
    Node: {
      type: "object",
      properties: {
        leaf: { $ref: "#/components/schemas/Leaf" },
        leaves: { type: "array", items: { $ref: "#/components/schemas/Leaf" } },
        byName: { type: "object", additionalProperties: { $ref: "#/components/schemas/Leaf" } },
        grid: { type: "array", items: { type: "array", items: { $ref: "#/components/schemas/Leaf" } } },
        shape: {
          oneOf: [
            {
              allOf: [
                { $ref: "#/components/schemas/Leaf" },
                { required: ["kind"], properties: { kind: { const: "a" } } },
              ],
            },
            {
              allOf: [
                { $ref: "#/components/schemas/Leaf" },
                { required: ["kind"], properties: { kind: { const: "b" } } },
              ],
            },
          ],
        },
      },
    },
    Root: {
      type: "object",
      properties: { nodes: { type: "array", items: { $ref: "#/components/schemas/Node" } }, tail: { type: "string" } },
    },
  };
  const value = {
    nodes: [
      {
        leaf: { n: 1 },
        leaves: [{ n: 1 }, { n: "x" }],
        byName: { "a/b": { n: 1 }, "c~d": {} },
        grid: [[{ n: 1 }], [{ n: 1 }, { n: true }]],
        shape: { kind: "b", n: 0.5 },
      },
      { leaf: { n: "y" } },
    ],
    tail: 5,
  };

  it("every error at its own pointer, and the first error alone without allErrors", async () => {
    const model = await modelOfDocument(documentWith(schemas, { openapi: "3.1.0" }));
    const validate = (await loadValidators(model, "semantics-pointers")).validate("Root");
    const all = validate(value, { allErrors: true });
    expect(all.ok ? [] : all.errors.map(({ pointer, keyword }) => `${pointer} ${keyword}`)).toEqual([
      "/nodes/0/leaves/1/n type",
      "/nodes/0/byName/c~0d required",
      "/nodes/0/grid/1/1/n type",
      "/nodes/0/shape/n type",
      "/nodes/1/leaf/n type",
      "/tail type",
    ]);
    const first = validate(value);
    expect(first.ok ? [] : first.errors.map(({ pointer }) => pointer)).toEqual(["/nodes/0/leaves/1/n"]);
    const byName = validate({ nodes: [{ byName: { "a/b": { n: "z" } } }] });
    expect(byName.ok ? [] : byName.errors).toEqual([
      {
        pointer: "/nodes/0/byName/a~1b/n",
        keyword: "type",
        expected: "integer",
        actual: "z",
        message: "must be an integer",
      },
    ]);
  });
});

describe("an error shows the value it got", () => {
  it("holds the value at fault itself: at its pointer, the refused name, or the tag", async () => {
    const model = await modelOfDocument(
      documentWith({
        Closed: {
          type: "object",
          properties: { a: { type: "string" } },
          required: ["a"],
          additionalProperties: false,
          propertyNames: { pattern: "^[a-z]+$" },
        },
        Circle: { type: "object", properties: { kind: { const: "circle" } }, required: ["kind"] },
        Square: { type: "object", properties: { kind: { const: "square" } }, required: ["kind"] },
        Shape: {
          oneOf: [{ $ref: "#/components/schemas/Circle" }, { $ref: "#/components/schemas/Square" }],
          discriminator: {
            propertyName: "kind",
            mapping: { circle: "#/components/schemas/Circle", square: "#/components/schemas/Square" },
          },
        },
      }),
    );
    const validators = await loadValidators(model, "semantics-actual-kinds");
    const formatError = validators.runtime.formatError as (error: ValidationError) => string;
    const closed = { b: [5], B1: 1 };
    const result = validators.validate("Closed")(closed, { allErrors: true });
    const errors = result.ok ? [] : result.errors;
    expect(errors.map(({ pointer, keyword, actual }) => ({ pointer, keyword, actual }))).toEqual([
      { pointer: "", keyword: "required", actual: closed },
      { pointer: "/b", keyword: "additionalProperties", actual: [5] },
      { pointer: "/B1", keyword: "pattern", actual: "B1" },
      { pointer: "/B1", keyword: "additionalProperties", actual: 1 },
    ]);
    expect(errors[0]!.actual).toBe(closed); // not a copy
    expect(errors.map(formatError)).toEqual([
      'value must have the property "a" (got object)',
      "/b must not be here: the object allows no other property (got array)",
      '/B1 must match the pattern ^[a-z]+$ (got "B1")',
      "/B1 must not be here: the object allows no other property (got 1)",
    ]);
    const shape = validators.validate("Shape")({ kind: "hexagon" });
    expect(shape.ok ? [] : shape.errors.map(({ pointer, keyword, actual }) => ({ pointer, keyword, actual }))).toEqual([
      { pointer: "", keyword: "discriminator", actual: "hexagon" },
    ]);
  });

  it("a string as JSON.stringify writes it (its first 40 UTF-16 units, then …), escapes and lone surrogates included", async () => {
    const model = await modelOfDocument(documentWith({ Count: { type: "integer" } }, { openapi: "3.1.0" }));
    const validators = await loadValidators(model, "semantics-actual");
    const validate = validators.validate("Count");
    const describeActual = validators.runtime.describeActual as (error: ValidationError) => string;
    const formatError = validators.runtime.formatError as (error: ValidationError) => string;
    const shown = (value: unknown): string => {
      const result = validate(value);
      if (result.ok) return "";
      // The error holds the value itself; the words are made when asked for.
      expect(result.errors[0]!.actual).toBe(value);
      expect(formatError(result.errors[0]!)).toBe(
        `value must be an integer (got ${describeActual(result.errors[0]!)})`,
      );
      return describeActual(result.errors[0]!);
    };
    const written = (value: string): string =>
      value.length > 40 ? `${JSON.stringify(value.slice(0, 40))}…` : JSON.stringify(value);
    for (const value of [
      "",
      "true",
      'a"b',
      "a\\b",
      "tab\tnl\n",
      "\u0000\u001f",
      "\ud800",
      "x\udc00y",
      "😀",
      "\u2028",
      "é".repeat(50),
    ])
      expect(shown(value)).toBe(written(value));
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 60 }), (value) => shown(value) === written(value)));
    const numbers = [1.5, -2.5, 0.1, 1e-7, 5e-324];
    expect(numbers.map(shown)).toEqual(numbers.map(String));
  });
});
