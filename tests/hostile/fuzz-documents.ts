import fc from "fast-check";

/** Texts an attacker would put in names, descriptions and values. */
export const HOSTILE_TEXTS = [
  "*/",
  "${x}",
  "`",
  "|",
  "\n",
  "\r\n",
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "",
  "é😀",
  "</script>",
  "@param",
  "a b",
  "0",
  "123",
  "-1",
  "\\",
  "'\"",
];

const hostileText = fc.oneof(fc.constantFrom(...HOSTILE_TEXTS), fc.string({ maxLength: 6 }));
const componentName = fc.oneof(
  fc.constantFrom("A", "B", "index", "Index", "Json", "Pet", "pet", "X-1", "a.b", "_"),
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9._-]{0,6}$/),
);

/** Where a `$ref` may point: another component, a file inside the spec's folder, or outside it. */
export const OUTSIDE_FILE_REFS = [
  "../secret.yaml",
  "/etc/hostname",
  "file:///etc/hostname",
  "link-out.yaml",
  "sub/../../secret.yaml",
];
export const INSIDE_FILE_REFS = ["inside.yaml", "./sub/inside.yaml"];

/** A random schema built from the keywords specgen reads, `depth` levels at most. */
function schema(names: readonly string[], depth: number): fc.Arbitrary<unknown> {
  const ref = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...names).map((name) => ({ $ref: `#/components/schemas/${name}` })) },
    { weight: 1, arbitrary: fc.constantFrom(...INSIDE_FILE_REFS, ...OUTSIDE_FILE_REFS).map(($ref) => ({ $ref })) },
  );
  const annotations = fc.record(
    { description: hostileText, title: hostileText, deprecated: fc.boolean(), "x-note": fc.jsonValue({ maxDepth: 2 }) },
    { requiredKeys: [] },
  );
  const scalar = fc.oneof(
    fc.record(
      {
        type: fc.constant("string"),
        minLength: fc.nat(3),
        maxLength: fc.integer({ min: 3, max: 9 }),
        format: fc.constantFrom("date", "date-time", "email", "uuid", "uri"),
      },
      { requiredKeys: ["type"] },
    ),
    fc.record(
      {
        type: fc.constantFrom("number", "integer"),
        minimum: fc.constantFrom(-5, 0, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
        maximum: fc.constantFrom(10, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
        multipleOf: fc.constantFrom(1, 2, 0.5),
      },
      { requiredKeys: ["type"] },
    ),
    fc.record({ type: fc.constantFrom("boolean", "null") }),
    fc.record({
      enum: fc.uniqueArray(fc.oneof(hostileText, fc.integer(), fc.constant(null)), {
        minLength: 1,
        maxLength: 4,
        selector: (v) => JSON.stringify(v),
      }),
    }),
    fc.record({ const: fc.oneof(hostileText, fc.integer(), fc.boolean()) }),
  );
  if (depth <= 0) return fc.oneof(scalar, ref);
  const inner = fc.constant(null).chain(() => schema(names, depth - 1));
  const composite = fc.oneof(
    fc.record(
      {
        type: fc.constant("object"),
        properties: fc.dictionary(hostileText, inner, { maxKeys: 4 }),
        additionalProperties: fc.oneof(fc.boolean(), inner),
        // Not the empty name: Ajv 8 skips `required: [""]` (it accepts `{}`), where JSON Schema and
        // the generated validators require the key "", so Ajv cannot be the oracle for it
        // (found by the fuzzer, seed 923200598).
        required: fc.array(
          hostileText.filter((name) => name !== ""),
          { maxLength: 2 },
        ),
      },
      { requiredKeys: ["type"] },
    ),
    fc.record(
      { type: fc.constant("array"), items: inner, minItems: fc.nat(2), maxItems: fc.integer({ min: 2, max: 4 }) },
      { requiredKeys: ["type", "items"] },
    ),
    fc.record({ allOf: fc.array(inner, { minLength: 1, maxLength: 3 }) }),
    fc.record({ oneOf: fc.array(inner, { minLength: 1, maxLength: 3 }) }),
    fc.record({ anyOf: fc.array(inner, { minLength: 1, maxLength: 3 }) }),
  );
  return fc
    .tuple(
      fc.oneof(scalar, ref, composite, composite),
      annotations,
      fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }),
    )
    .map(([shape, notes, example]) => ({
      ...(shape as object),
      ...notes,
      ...(example === undefined ? {} : { example }),
    }));
}

/** A whole OpenAPI 3.1 document: components (cycles allowed), one operation, sometimes a deep or wide shape. */
export const documentArbitrary: fc.Arbitrary<Record<string, unknown>> = fc
  .uniqueArray(componentName, { minLength: 1, maxLength: 5, selector: (name) => name })
  .chain((names) =>
    fc
      .record({
        schemas: fc.tuple(...names.map(() => schema(names, 2))),
        deep: fc.option(fc.integer({ min: 250, max: 400 }), { nil: undefined, freq: 8 }),
        wide: fc.option(fc.integer({ min: 50, max: 300 }), { nil: undefined, freq: 8 }),
      })
      .map(({ schemas, deep, wide }) => {
        const components: Record<string, unknown> = {};
        names.forEach((name, i) =>
          Object.defineProperty(components, name, {
            value: schemas[i],
            enumerable: true,
            writable: true,
            configurable: true,
          }),
        );
        if (deep !== undefined) components.Deep = { type: "object", "x-deep": nest(deep), example: nest(deep - 240) };
        if (wide !== undefined)
          components.Wide = {
            type: "object",
            properties: Object.fromEntries(Array.from({ length: wide }, (_, i) => [`p${i}`, { type: "string" }])),
          };
        return {
          openapi: "3.1.0",
          info: { title: "fuzz */ ${x}", version: "1" },
          paths: {
            "/things": {
              post: {
                operationId: "makeThing",
                requestBody: {
                  content: { "application/json": { schema: { $ref: `#/components/schemas/${names[0]}` } } },
                },
                responses: { "200": { description: "ok" } },
              },
            },
          },
          components: { schemas: components },
        };
      }),
  );

function nest(levels: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}

/** Which keywords a document uses, for the run's figures. */
export function keywordsOf(document: unknown, into: Map<string, number>): void {
  const stack: unknown[] = [document];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== "object") continue;
    if (Array.isArray(node)) {
      stack.push(...node.slice(0, 100));
      continue;
    }
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (
        [
          "type",
          "allOf",
          "oneOf",
          "anyOf",
          "$ref",
          "enum",
          "const",
          "properties",
          "items",
          "additionalProperties",
          "required",
          "example",
          "x-deep",
          "minimum",
          "maximum",
          "format",
        ].includes(key)
      )
        into.set(key, (into.get(key) ?? 0) + 1);
      if (key !== "example" && key !== "x-deep") stack.push(value);
    }
  }
}
