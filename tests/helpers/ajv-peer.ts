import Ajv, { type ValidateFunction } from "ajv";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { CHECKED_FORMATS } from "../../generator/emit/validators/formats.js";
import type { LoadedSpec } from "../../generator/load/index.js";

/**
 * Ajv 8 (with ajv-formats in fast mode, for the formats our validators check; any other format
 * ignored) over the bundled document, turned from OpenAPI 3.0 into the JSON Schema it means.
 * `at(pointer)` is the compiled validator of the schema at that pointer, or `undefined` when the
 * rewrite moved it.
 */
export function ajvPeer(spec: LoadedSpec): { at(pointer: string): ValidateFunction | undefined } {
  const options = { strict: false, allErrors: false, validateFormats: true, discriminator: false, ownProperties: true, logger: false } as const;
  const ajv = spec.version === "3.1" ? new Ajv2020.default(options) : new Ajv.default(options);
  addFormats.default(ajv as never, { mode: "fast", formats: [...CHECKED_FORMATS] as never, keywords: false });
  ajv.addSchema({ ...(openApiToJsonSchema(structuredClone(spec.document)) as object), $id: "doc" } as never);
  return {
    at(pointer) {
      try {
        return ajv.getSchema(`doc#${pointer}`);
      } catch {
        return undefined;
      }
    },
  };
}

/** Keys whose values are data, not schemas. */
const DATA_KEYS = new Set(["example", "examples", "default", "enum", "const"]);

/**
 * OpenAPI 3.0 → JSON Schema, in place: `nullable: true` adds `null` to `type` (and to `enum`), or
 * wraps the schema as `anyOf: [{type: null}, <the rest>]` when it has no single type; boolean
 * `exclusiveMinimum`/`exclusiveMaximum` become the numbers of draft 6+.
 */
export function openApiToJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) node.forEach(openApiToJsonSchema);
  else if (typeof node === "object" && node !== null) {
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) if (!DATA_KEYS.has(key)) openApiToJsonSchema(record[key]);
    for (const [exclusive, bound] of [["exclusiveMinimum", "minimum"], ["exclusiveMaximum", "maximum"]] as const) {
      if (typeof record[exclusive] !== "boolean") continue;
      if (record[exclusive] === true && typeof record[bound] === "number") {
        record[exclusive] = record[bound];
        delete record[bound];
      } else delete record[exclusive];
    }
    if (typeof record.nullable === "boolean") {
      const nullable = record.nullable;
      delete record.nullable;
      if (!nullable) return node;
      if (typeof record.type === "string" && !("const" in record)) {
        record.type = [record.type, "null"];
        if (Array.isArray(record.enum) && !record.enum.includes(null)) record.enum = [...record.enum, null];
      } else {
        const rest = { ...record };
        for (const key of Object.keys(record)) delete record[key];
        record.anyOf = [{ type: "null" }, rest];
      }
    }
  }
  return node;
}
