import { ExampleSelector } from "../../generator/example-values/index.js";
import type { JsonValue } from "../../generator/model/model.js";
import { ajvReference } from "./ajv-reference.js";
import { loadValidators } from "./validators.js";
import { modelOfFile } from "./model.js";

/**
 * Every named schema's example (hoisted inline ones included), in wire form, against two
 * validators: Ajv (the trusted peer, every format of ajv-formats in full mode) on the schema at its
 * pointer in the bundled document, and the generated validator, loaded into the folder `prefix`.
 */
export async function invalidExamples(
  file: string,
  prefix: string,
  share: <T>(items: readonly T[]) => readonly T[] = (items) => items,
): Promise<{ checked: number; schemas: number; invalid: string[] }> {
  const { spec, model } = await modelOfFile(file);
  const ajv = ajvReference(spec, { allErrors: false });
  const selector = new ExampleSelector(model);
  const examples = new Map<string, JsonValue>();
  for (const schema of share([...model.schemas.values()])) {
    const value = selector.forNamed(schema.key);
    if (value !== undefined) examples.set(schema.key, value);
  }
  const generated = await loadValidators(model, prefix, [...examples.keys()]);
  const invalid: string[] = [];
  for (const [key, value] of examples) {
    const result = generated.validate(key)(value, { allErrors: true });
    if (!result.ok)
      invalid.push(
        `${key} (generated validator): ${JSON.stringify(result.errors.map((error) => [error.pointer, error.message]))}`,
      );
    const schema = model.schemas.get(key)!;
    const validate = ajv.at(schema.schema.pointer);
    if (!validate) throw new Error(`no schema at ${schema.schema.pointer}`);
    if (!validate(value))
      invalid.push(
        `${key} (Ajv): ${JSON.stringify(validate.errors?.map((error) => [error.instancePath, error.message]))}`,
      );
  }
  // Every example went through both validators (a schema Ajv cannot find throws above).
  return { checked: examples.size, schemas: share([...model.schemas.values()]).length, invalid };
}
