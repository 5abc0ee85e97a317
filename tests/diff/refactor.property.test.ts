import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffLoaded, sideFromText } from "../../generator/diff/index.js";

type Schema = Record<string, unknown>;
const NAMES = ["id", "name", "tags", "meta", "count", "kind"];

const leaf: fc.Arbitrary<Schema> = fc.oneof(
  fc.record(
    { type: fc.constant("string"), maxLength: fc.integer({ min: 1, max: 99 }), pattern: fc.constantFrom("^a", "b$") },
    { requiredKeys: ["type"] },
  ),
  fc.record(
    { type: fc.constant("integer"), minimum: fc.integer({ min: -5, max: 0 }), maximum: fc.integer({ min: 1, max: 9 }) },
    { requiredKeys: ["type"] },
  ),
  fc.record({
    type: fc.constant("string"),
    enum: fc.uniqueArray(fc.constantFrom("a", "b", "c", "d"), { minLength: 1 }),
  }),
  fc.record({ type: fc.constant(["boolean", "null"]) }),
  fc.record(
    { type: fc.constant("number"), multipleOf: fc.constantFrom(0.5, 2), default: fc.constantFrom(2, 4) },
    { requiredKeys: ["type"] },
  ),
);

const schema: fc.Arbitrary<Schema> = fc.letrec<{ node: Schema; object: Schema }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    tie("object"),
    fc.record({ type: fc.constant("array"), items: tie("node"), maxItems: fc.integer({ min: 1, max: 9 }) }),
  ),
  object: fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 4 }).chain((names) =>
    fc
      .tuple(fc.array(tie("node"), { minLength: names.length, maxLength: names.length }), fc.subarray(names))
      .map(([schemas, required]) => ({
        type: "object",
        required,
        properties: Object.fromEntries(names.map((name, i) => [name, schemas[i]])),
      })),
  ),
})).object;

function spec(body: Schema, components: Record<string, Schema> = {}): string {
  return JSON.stringify(
    {
      openapi: "3.1.0",
      info: { title: "p", version: "1" },
      paths: {
        "/things": {
          post: {
            requestBody: { required: true, content: { "application/json": { schema: body } } },
            responses: { "200": { description: "ok", content: { "application/json": { schema: body } } } },
          },
        },
      },
      components: { schemas: components },
    },
    null,
    1,
  );
}

/** Every object's keys (and every `required` list) in reverse order: the same document. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return [...value].reverse().map(reversed);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, inner]) => [key, reversed(inner)]),
  );
}

/** Every object under a property moved into a component schema of its own and referred to. */
function extracted(root: Schema): { body: Schema; components: Record<string, Schema> } {
  const components: Record<string, Schema> = {};
  const visit = (node: Schema, nested: boolean): Schema => {
    const copy: Schema = { ...node };
    if (copy.properties)
      copy.properties = Object.fromEntries(
        Object.entries(copy.properties as Record<string, Schema>).map(([key, inner]) => [key, visit(inner, true)]),
      );
    if (copy.items) copy.items = visit(copy.items as Schema, true);
    if (nested && copy.type === "object") {
      const name = `Part${Object.keys(components).length + 1}`;
      components[name] = copy;
      return { $ref: `#/components/schemas/${name}` };
    }
    return copy;
  };
  return { body: visit(root, false), components };
}

async function diffTexts(base: string, head: string) {
  return diffLoaded(await sideFromText("base.json", base), await sideFromText("head.json", head)).findings;
}

describe("refactors that keep the shape report nothing (property-based)", () => {
  it("a document against itself, and against itself with every key reordered", async () => {
    await fc.assert(
      fc.asyncProperty(schema, async (body) => {
        expect(await diffTexts(spec(body), spec(body))).toEqual([]);
        expect(await diffTexts(spec(body), JSON.stringify(reversed(JSON.parse(spec(body)))))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it("nested objects extracted behind $refs: only the new schemas are reported, as info", async () => {
    await fc.assert(
      fc.asyncProperty(schema, async (body) => {
        const { body: refBody, components } = extracted(body);
        const findings = await diffTexts(spec(body), spec(refBody, components));
        expect(findings.map((finding) => finding.rule)).toEqual(Object.keys(components).map(() => "schema-added"));
        // …and back: inlining them again reports nothing at all.
        expect(await diffTexts(spec(refBody, components), spec(body))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
