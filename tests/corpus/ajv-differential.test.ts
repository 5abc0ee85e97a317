import { describe, expect, it } from "vitest";
import { cases, differential, expectBalanced } from "../helpers/round-trip-differential.js";
import { modelOfFile } from "../helpers/model.js";
import { GITHUB_SPEC } from "../helpers/paths.js";

describe("compiled validators agree with Ajv 8 (differential), and fromWire/toWire round-trip every valid payload", () => {
  it("on a sample of 250 schemas of GitHub's REST description", async () => {
    const { spec, model } = await modelOfFile(GITHUB_SPEC);
    const components = [...model.schemas.values()]
      .filter((schema) => schema.origin.kind === "component")
      .map((schema) => schema.key)
      .sort();
    const step = Math.floor(components.length / 250);
    const sample = components.filter((_, i) => i % step === 0).slice(0, 250);
    const list = await cases(spec, model, sample, "validators-github");
    expect(list.length).toBeGreaterThanOrEqual(200);
    expectBalanced(differential(list, 8000, 11), 8000);
  });
});
