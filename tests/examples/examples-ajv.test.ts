import Ajv from "ajv";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { ExampleSelector } from "../../generator/examples/index.js";
import { GITHUB_SPEC, SPEC } from "../helpers/paths.js";
import { modelOfFile } from "../helpers/model.js";

/**
 * Differential check against Ajv, the trusted peer: the example of every component schema, in
 * wire form, validates against that schema of the bundled document.
 */
async function invalidExamples(file: string): Promise<{ checked: number; invalid: string[] }> {
  const { spec, model } = await modelOfFile(file);
  const options = { strict: false, allErrors: false, validateFormats: true, discriminator: false } as const;
  const ajv = spec.version === "3.1" ? new Ajv2020.default(options) : new Ajv.default(options);
  addFormats.default(ajv as never);
  ajv.addSchema({ ...(withoutBareNullable(structuredClone(spec.document)) as object), $id: "doc" } as never);
  const selector = new ExampleSelector(model);
  const invalid: string[] = [];
  let checked = 0;
  for (const schema of model.schemas.values()) {
    if (schema.origin.kind !== "component") continue;
    const value = selector.forNamed(schema.key);
    if (value === undefined) continue;
    const validate = ajv.getSchema(`doc#${schema.schema.pointer}`);
    if (!validate) throw new Error(`no schema at ${schema.schema.pointer}`);
    checked++;
    if (!validate(value)) invalid.push(`${schema.key}: ${ajv.errorsText(validate.errors)}`);
  }
  return { checked, invalid };
}

const DATA_KEYS = new Set(["example", "examples", "default", "enum", "const"]);

/**
 * Ajv understands OpenAPI 3.0's `nullable` only beside `type`; elsewhere it is rewritten as the
 * JSON Schema it means, `anyOf: [{type: null}, <the rest>]`, in place (so pointers still hold).
 */
function withoutBareNullable(node: unknown): unknown {
  if (Array.isArray(node)) node.forEach(withoutBareNullable);
  else if (typeof node === "object" && node !== null) {
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) if (!DATA_KEYS.has(key)) withoutBareNullable(record[key]);
    if (record.nullable === true && record.type === undefined) {
      const { nullable: _n, ...rest } = record;
      for (const key of Object.keys(record)) delete record[key];
      record.anyOf = [{ type: "null" }, rest];
    }
  }
  return node;
}

describe("every component example validates with Ajv", () => {
  it("for spec/", async () => {
    const { checked, invalid } = await invalidExamples(SPEC);
    expect(checked).toBeGreaterThan(25);
    expect(invalid).toEqual([]);
  });

  it("for GitHub's REST description", async () => {
    const { checked, invalid } = await invalidExamples(GITHUB_SPEC);
    expect(checked).toBeGreaterThan(800);
    expect(invalid.slice(0, 60)).toEqual([]);
  });
});
