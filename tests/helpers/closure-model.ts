import { expect } from "vitest";
import { ExampleSelector } from "../../generator/example-values/index.js";
import type { LoadedSpec } from "../../generator/load/index.js";
import { isRecord } from "../../generator/load/schema-walk.js";
import { schemasReached } from "../../generator/model/reaches.js";
import type { Model } from "../../generator/model/model.js";
import { loadCompiledValidators } from "../../generator/validate/compiled.js";
import { findSchema, modelForSchema } from "../../generator/validate/find-schema.js";
import { payloadsFor } from "./payloads.js";
import { tempDir } from "./tmp.js";
import type { Validate } from "./validators.js";

/**
 * What `validate` builds (modelForSchema: the closure of one component) compared with the whole
 * model: the schema each name finds, and the verdicts of its validator.
 */

/** What `findSchema` answers: the schema's key and name, or its error. */
function found(model: Model, name: string, file: string): string {
  try {
    const schema = findSchema(model, name, file);
    return `${schema.key} ${schema.typeName}`;
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
}

/** Keys and TypeScript names as written, in other cases, and misspelt. */
export function namesOf(model: Model): string[] {
  return [...model.schemas.values()].flatMap((schema) => [
    schema.key,
    schema.typeName,
    schema.key.toLowerCase(),
    schema.typeName.toUpperCase(),
    `${schema.key}x`,
  ]);
}

export function expectSameSchemas(spec: LoadedSpec, whole: Model, names: readonly string[]): void {
  const differences = names
    .map((name) => ({
      name,
      whole: found(whole, name, spec.file),
      closure: found(modelForSchema(spec, name), name, spec.file),
    }))
    .filter((answer) => answer.whole !== answer.closure);
  expect(differences).toEqual([]);
}

export async function expectSameVerdicts(spec: LoadedSpec, whole: Model, keys: readonly string[]): Promise<number> {
  const components = spec.document.components;
  const raw = isRecord(components) && isRecord(components.schemas) ? components.schemas : {};
  const everything = await loadCompiledValidators(whole, keys, await tempDir("closure-whole"));
  const selector = new ExampleSelector(whole);
  let compared = 0;
  for (const key of keys) {
    const closure = modelForSchema(spec, key);
    // Exactly the schemas the whole model's validator of `key` is made of (the --verbose count).
    expect({ key, size: closure.schemas.size }).toEqual({ key, size: schemasReached(whole, key).size });
    expect(schemasReached(closure, key).size).toBe(closure.schemas.size);
    const own = await loadCompiledValidators(closure, [key], await tempDir("closure-own"));
    const name = `validate${whole.schemas.get(key)!.typeName}`;
    const [ours, theirs] = [own.module(key)[name] as Validate, everything.module(key)[name] as Validate];
    const example = selector.forNamed(key);
    const payloads = payloadsFor(spec.document, raw[key], example === undefined ? [] : [example], {
      seed: compared + 1,
      random: 10,
      limit: 40,
    });
    for (const { label, value } of payloads) {
      for (const allErrors of [false, true])
        expect({ key, label, verdict: ours(value, { allErrors }) }).toEqual({
          key,
          label,
          verdict: theirs(value, { allErrors }),
        });
      compared++;
    }
  }
  return compared;
}
