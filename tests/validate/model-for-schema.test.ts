import path from "node:path";
import { describe, expect, it } from "vitest";
import { expectSameSchemas, expectSameVerdicts, namesOf } from "../helpers/closure-model.js";
import { modelOfFile } from "../helpers/model.js";
import { FIXTURES, SPEC } from "../helpers/paths.js";

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
});
