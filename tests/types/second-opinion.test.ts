import { describe, expect, it } from "vitest";
import { modelOfFile } from "../helpers/model.js";
import { SPEC } from "../helpers/paths.js";
import { secondOpinion } from "../helpers/second-opinion.js";

describe("our types agree with json-schema-to-typescript's", () => {
  it("for every component schema of spec/", async () => {
    const { spec, model } = await modelOfFile(SPEC);
    const { compared, diagnostics } = await secondOpinion(spec, model);
    expect(compared).toBe(Object.keys((spec.document.components as { schemas: object }).schemas).length);
    expect(diagnostics).toEqual([]);
  });
});
