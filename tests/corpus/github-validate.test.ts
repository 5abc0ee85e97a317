import { describe, expect, it } from "vitest";
import { loadSpec } from "../../generator/load/index.js";
import { AHEAD_MIN_CHARS, checkStructureAhead } from "../../generator/load/structure-ahead.js";
import { compileOfficialSchema, precompiled, writePrecompiledValidators } from "../../generator/load/structure.js";
import { expectSameSchemas, expectSameVerdicts } from "../helpers/closure-model.js";
import { expectEveryModuleErased } from "../helpers/erased-javascript.js";
import { modelOfFile } from "../helpers/model.js";
import { GITHUB_SPEC } from "../helpers/paths.js";
import { BREAKS, verdict } from "../helpers/structure-breaks.js";
import { tempDir } from "../helpers/tmp.js";

/**
 * What `specgen validate` runs, on GitHub's description: the precompiled structure validators
 * (in process and in their worker), the model of one component's closure, and the validators'
 * JavaScript. The fast suite checks the same on spec/ and the fixtures.
 */
describe("validate's parts on GitHub's description", () => {
  it("the precompiled structure validators give the in-process verdicts and errors, in process and in a worker", async () => {
    const folder = await tempDir("github-structure-validators");
    writePrecompiledValidators(folder);
    const loaded = precompiled("3.0", folder)!;
    const compiled = compileOfficialSchema("3.0", false);
    const { document } = await loadSpec(GITHUB_SPEC);
    for (const [i, broken] of BREAKS.entries()) {
      const copy = structuredClone(document);
      broken(copy);
      const ours = verdict(loaded, copy);
      expect({ i, ours }).toEqual({ i, ours: verdict(compiled, copy) });
      const text = JSON.stringify(copy);
      expect(text.length).toBeGreaterThan(AHEAD_MIN_CHARS);
      expect({ i, ahead: checkStructureAhead(text, folder)!.checkedValid("3.0") }).toEqual({
        i,
        ahead: (ours as { valid: boolean }).valid,
      });
    }
  });

  it("the model of a component's closure finds what the whole model finds and gives its verdicts, for a sample of components", async () => {
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

  it("every 25th validator module in JavaScript is its TypeScript without the types", async () => {
    const { model } = await modelOfFile(GITHUB_SPEC);
    const sample = [...model.schemas.keys()].filter((_, i) => i % 25 === 0);
    expect(await expectEveryModuleErased(model, sample)).toBeGreaterThan(200);
  });
});
