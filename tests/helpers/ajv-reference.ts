import Ajv2020 from "ajv/dist/2020.js";
import Ajv04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import type { ValidateFunction } from "ajv";
import type { LoadedSpec } from "../../generator/load/index.js";

/**
 * The reference the validators are compared with: Ajv 8 as a user would configure it for the
 * document's version, nothing of ours in between.
 *
 * - 3.0: draft-04 (ajv-draft-04: boolean `exclusiveMinimum`), Ajv's own `nullable` keyword
 *   (OpenAPI 3.0.3: `null` is added to `type` only; an `enum` still has to list it). `nullable`
 *   on a schema without `type` has no effect in 3.0.3 and Ajv refuses to compile it, so it is removed.
 * - 3.1: 2020-12; `nullable` is not a keyword of 3.1, so it is removed (Ajv would honour it).
 * - 3.0: the siblings of a `$ref` are removed (a Reference Object's extra fields SHALL be ignored).
 * - 3.0: a string `id` is removed: the Schema Object has no such keyword, draft-04 would read it as a base URI.
 * - ajv-formats in full mode, every format it knows.
 * - `discriminator` beside `oneOf`/`anyOf` means what OpenAPI says it means: the tag value picks
 *   the member (explicit `mapping`, else the name of the member's schema). Ajv's own
 *   `discriminator` option refuses `mapping`, so each `$ref` member is rewritten as
 *   `allOf: [{required: [tag], properties: {tag: {enum: its values}}}, member]`: plain JSON Schema.
 *   A `discriminator` on a base object inherited through `allOf` tags each inheriting schema the same way.
 */
export function ajvReference(
  spec: LoadedSpec,
  { allErrors = true }: { allErrors?: boolean } = {},
): { readonly failure: string | undefined; at(pointer: string): ValidateFunction | undefined } {
  const options = { strict: false, allErrors, validateFormats: true, ownProperties: true, logger: false } as const;
  const ajv = spec.version === "3.0" ? new Ajv04.default(options) : new Ajv2020.default(options);
  addFormats.default(ajv as never, { mode: "full", keywords: false });
  const document = openApiSemantics(inheritedDiscriminators(structuredClone(spec.document)), spec.version);
  let failure: string | undefined;
  try {
    ajv.addSchema(document as never, "doc");
  } catch (error) {
    // Ajv refuses the document as a whole (two schemas claiming one id, say): no verdict for any
    // of its schemas, which the caller reports as not compared rather than ending the run.
    failure = (error as Error).message.split("\n")[0]!;
  }
  const cache = new Map<string, ValidateFunction | undefined>();
  return {
    failure,
    at(pointer) {
      if (failure !== undefined) return undefined;
      if (!cache.has(pointer)) {
        try {
          cache.set(pointer, ajv.getSchema(`doc#${pointer}`));
        } catch {
          cache.set(pointer, undefined);
        }
      }
      return cache.get(pointer);
    },
  };
}

/**
 * A `discriminator` on a base object (`Pet`), inherited through `allOf` (`Cat: allOf[Pet, …]`):
 * the tag of a `Cat` is its mapping key, else its name; `Cat` gets `{required: [tag],
 * properties: {tag: {enum: [its values]}}}` as one more `allOf` member.
 */
function inheritedDiscriminators(document: Record<string, unknown>): Record<string, unknown> {
  const schemas = ((document.components as Record<string, unknown> | undefined)?.schemas ?? {}) as Record<
    string,
    Record<string, unknown>
  >;
  for (const [base, raw] of Object.entries(schemas)) {
    const discriminator = raw?.discriminator as
      | { propertyName?: unknown; mapping?: Record<string, unknown> }
      | undefined;
    if (typeof discriminator?.propertyName !== "string" || Array.isArray(raw.oneOf) || Array.isArray(raw.anyOf))
      continue;
    const ref = `#/components/schemas/${base.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    for (const [name, child] of Object.entries(schemas)) {
      if (
        name === base ||
        !Array.isArray(child?.allOf) ||
        !child.allOf.some((member: { $ref?: unknown }) => member?.$ref === ref)
      )
        continue;
      const own = `#/components/schemas/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      const mapped = Object.keys(discriminator.mapping ?? {}).filter((value) => {
        const target = discriminator.mapping![value];
        return target === own || target === name;
      });
      child.allOf = [
        ...child.allOf,
        {
          required: [discriminator.propertyName],
          properties: { [discriminator.propertyName]: { enum: mapped.length > 0 ? mapped : [name] } },
        },
      ];
    }
  }
  return document;
}

/** Keys whose values are data, not schemas. */
const DATA_KEYS = new Set(["example", "examples", "default", "enum", "const", "mapping"]);
/** Keys whose values are maps of names to schemas: a property named `example` is a schema, not an annotation. */
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "schemas"]);

function openApiSemantics(node: unknown, version: string): unknown {
  if (Array.isArray(node)) node.forEach((item) => openApiSemantics(item, version));
  else if (typeof node === "object" && node !== null) {
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (DATA_KEYS.has(key)) continue;
      if (
        SCHEMA_MAPS.has(key) &&
        typeof record[key] === "object" &&
        record[key] !== null &&
        !Array.isArray(record[key])
      )
        for (const schema of Object.values(record[key] as Record<string, unknown>)) openApiSemantics(schema, version);
      else openApiSemantics(record[key], version);
    }
    // Annotations only; draft-04 would read an `id` inside an example as a schema id.
    delete record.example;
    if (!Array.isArray(record.examples) || version === "3.0") delete record.examples;
    if ("nullable" in record && (version !== "3.0" || record.type === undefined)) delete record.nullable;
    // 3.0: "This object cannot be extended with additional properties and any properties added
    // SHALL be ignored" (a Reference Object); Ajv would apply them (just-eat.co.uk's
    // `{$ref, additionalProperties: false}` refuses every property of the target).
    if (version === "3.0" && typeof record.$ref === "string")
      for (const key of Object.keys(record)) if (key !== "$ref") delete record[key];
    // `id` is no keyword of an OpenAPI 3.0 Schema Object (an annotation), but draft-04 reads it as
    // a base URI: two schemas with `id: medium` would make Ajv refuse the whole document.
    if (version === "3.0" && typeof record.id === "string") delete record.id;
    const discriminator = record.discriminator as
      | { propertyName?: unknown; mapping?: Record<string, unknown> }
      | undefined;
    if (typeof discriminator === "object" && discriminator !== null && typeof discriminator.propertyName === "string") {
      for (const mode of ["oneOf", "anyOf"] as const) {
        const members = record[mode];
        if (Array.isArray(members))
          record[mode] = members.map((member) =>
            tagged(member, discriminator.propertyName as string, discriminator.mapping ?? {}),
          );
      }
    }
  }
  return node;
}

function tagged(member: unknown, tag: string, mapping: Record<string, unknown>): unknown {
  if (typeof member !== "object" || member === null || typeof (member as { $ref?: unknown }).$ref !== "string")
    return member;
  const ref = (member as { $ref: string }).$ref;
  const explicit = Object.keys(mapping).filter((value) => {
    const target = mapping[value];
    return typeof target === "string" && (target === ref || `#/components/schemas/${target}` === ref);
  });
  const values =
    explicit.length > 0
      ? explicit
      : [
          decodeURIComponent(ref.slice(ref.lastIndexOf("/") + 1))
            .replace(/~1/g, "/")
            .replace(/~0/g, "~"),
        ];
  return { allOf: [{ required: [tag], properties: { [tag]: { enum: values } } }, member] };
}
