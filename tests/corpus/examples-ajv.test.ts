import { describe, expect, it } from "vitest";
import { invalidExamples } from "../helpers/example-verdicts.js";
import { GITHUB_SPEC } from "../helpers/paths.js";

describe("every example validates with Ajv, and with the generated validators", () => {
  it("for GitHub's REST description", async () => {
    const { checked, schemas, invalid } = await invalidExamples(GITHUB_SPEC, "examples-github");
    expect(checked).toBe(5859);
    expect(checked).toBe(schemas);
    expect(invalid.slice(0, 60)).toEqual([]);
  });
});
