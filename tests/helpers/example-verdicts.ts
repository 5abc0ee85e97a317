import Ajv from "ajv";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { ExampleSelector } from "../../generator/examples/index.js";
import type { JsonValue } from "../../generator/model/types.js";
import { openApiToJsonSchema } from "./ajv-peer.js";
import { loadValidators } from "./validators.js";
import { modelOfFile } from "./model.js";

/**
 * Every named schema's example (hoisted inline ones included), in wire form, against two
 * validators: Ajv (the trusted peer, every format of ajv-formats in full mode) on the schema at its
 * pointer in the bundled document, and the generated validator, loaded into the folder `prefix`.
 */
export async function invalidExamples(file: string, prefix: string): Promise<{ checked: number; schemas: number; invalid: string[] }> {
  const { spec, model } = await modelOfFile(file);
  const options = { strict: false, allErrors: false, validateFormats: true, discriminator: false } as const;
  const ajv = spec.version === "3.1" ? new Ajv2020.default(options) : new Ajv.default(options);
  addFormats.default(ajv as never);
  ajv.addSchema({ ...(openApiToJsonSchema(structuredClone(spec.document)) as object), $id: "doc" } as never);
  const selector = new ExampleSelector(model);
  const examples = new Map<string, JsonValue>();
  for (const schema of model.schemas.values()) {
    const value = selector.forNamed(schema.key);
    if (value !== undefined) examples.set(schema.key, value);
  }
  const generated = await loadValidators(model, prefix, [...examples.keys()]);
  const invalid: string[] = [];
  for (const [key, value] of examples) {
    const result = generated.validate(key)(value, { allErrors: true });
    if (!result.ok) invalid.push(`${key} (generated validator): ${JSON.stringify(result.errors.map((error) => error.message))}`);
    const schema = model.schemas.get(key)!;
    const validate = ajv.getSchema(`doc#${schema.schema.pointer}`);
    if (!validate) throw new Error(`no schema at ${schema.schema.pointer}`);
    if (!validate(value)) invalid.push(`${key} (Ajv): ${ajv.errorsText(validate.errors)}`);
  }
  // Every example went through both validators (a schema Ajv cannot find throws above).
  return { checked: examples.size, schemas: model.schemas.size, invalid };
}

