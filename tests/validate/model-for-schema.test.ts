import path from "node:path";
import { describe, expect, it } from "vitest";
import { ExampleSelector } from "../../generator/example-values/index.js";
import type { LoadedSpec } from "../../generator/load/index.js";
import { isRecord } from "../../generator/load/schema-walk.js";
import { schemasReached } from "../../generator/model/reaches.js";
import type { Model } from "../../generator/model/model.js";
import { loadCompiledValidators } from "../../generator/validate/compiled.js";
import { findSchema, modelForSchema } from "../../generator/validate/find-schema.js";
import { modelOfFile } from "../helpers/model.js";
import { FIXTURES, GITHUB_SPEC, SPEC } from "../helpers/paths.js";
import { payloadsFor } from "../helpers/payloads.js";
import { tempDir } from "../helpers/tmp.js";
import type { Validate } from "../helpers/validators.js";

/**
 * `validate` builds only the closure of a component it is asked for (modelForSchema). It must
 * find the schema the whole model finds, under every name a user may give, and its validator
 * must give the whole model's verdicts.
 */
const FILES = [
  SPEC,
  path.join(FIXTURES, "openapi-3.1-features.yaml"),
  path.join(FIXTURES, "pets.yaml"),
  path.join(FIXTURES, "hostile/compile/compile.yaml"),
  path.join(FIXTURES, "load/dynamic-ref.yaml"),
];

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
function namesOf(model: Model): string[] {
  return [...model.schemas.values()].flatMap((schema) => [
    schema.key,
    schema.typeName,
    schema.key.toLowerCase(),
    schema.typeName.toUpperCase(),
    `${schema.key}x`,
  ]);
}

function expectSameSchemas(spec: LoadedSpec, whole: Model, names: readonly string[]): void {
  const differences = names
    .map((name) => ({
      name,
      whole: found(whole, name, spec.file),
      closure: found(modelForSchema(spec, name), name, spec.file),
    }))
    .filter((answer) => answer.whole !== answer.closure);
  expect(differences).toEqual([]);
}

async function expectSameVerdicts(spec: LoadedSpec, whole: Model, keys: readonly string[]): Promise<number> {
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

describe("the model of one component's closure", () => {
  it("finds the schema the whole model finds, under any name", async () => {
    for (const file of FILES) {
      const { spec, model } = await modelOfFile(file);
      expectSameSchemas(spec, model, namesOf(model));
    }
  });

  it("gives the whole model's verdicts", async () => {
    for (const file of FILES) {
      const { spec, model } = await modelOfFile(file);
      const components = [...model.schemas.values()].filter((schema) => schema.origin.kind === "component");
      expect(
        await expectSameVerdicts(
          spec,
          model,
          components.map((schema) => schema.key),
        ),
      ).toBeGreaterThan(0);
    }
  });

  it("on GitHub's description too, for a sample of its components", async () => {
    const { spec, model } = await modelOfFile(GITHUB_SPEC);
    const components = [...model.schemas.values()].filter((schema) => schema.origin.kind === "component");
    const sample = components.filter((_, i) => i % 80 === 0);
    expect(sample.length).toBeGreaterThan(10);
    // Other names (hoisted ones, misspelt ones) build the whole model, as the fixtures check.
    expectSameSchemas(
      spec,
      model,
      sample.flatMap((schema) => [schema.key, schema.typeName, schema.key.toUpperCase()]),
    );
    expect(
      await expectSameVerdicts(
        spec,
        model,
        sample.map((schema) => schema.key),
      ),
    ).toBeGreaterThan(200);
  });
});
