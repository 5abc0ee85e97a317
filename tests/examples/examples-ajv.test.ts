import { describe, expect, it } from "vitest";
import { invalidExamples } from "../helpers/example-verdicts.js";
import { ATOMA_SPEC, HAS_ATOMA_SPEC, SPEC } from "../helpers/paths.js";

describe("every example validates with Ajv, and with the generated validators", () => {
  it("for spec/", async () => {
    const { checked, schemas, invalid } = await invalidExamples(SPEC, "examples-spec");
    expect(checked).toBe(50);
    expect(checked).toBe(schemas);
    expect(invalid).toEqual([]);
  });

  it.runIf(HAS_ATOMA_SPEC)("for the real Atoma description of January 2025", async () => {
    const { checked, schemas, invalid } = await invalidExamples(ATOMA_SPEC, "examples-atoma");
    expect(checked).toBe(schemas);
    expect(invalid).toEqual([]);
  });
});
