import { describe, expect, it } from "vitest";
import { cases, differential, expectBalanced } from "../helpers/round-trip-differential.js";
import { modelOfFile } from "../helpers/model.js";
import { SPEC } from "../helpers/paths.js";

describe("compiled validators agree with Ajv 8 (differential), and fromWire/toWire round-trip every valid payload", () => {
  it("on every schema of spec/", async () => {
    const { spec, model } = await modelOfFile(SPEC);
    // Hoisted schemas are checked through the components they came from: at their pointer Ajv
    // sees the property's schema, nullability included, which the hoisted schema leaves to the reference.
    const components = [...model.schemas.values()]
      .filter((schema) => schema.origin.kind === "component")
      .map((schema) => schema.key);
    const list = await cases(spec, model, components, "validators-spec");
    expect(list.length).toBe(components.length);
    expectBalanced(differential(list, 6000, 7), 6000);
  });
});
