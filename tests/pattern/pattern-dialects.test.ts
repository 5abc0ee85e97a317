import path from "node:path";
import { describe, expect, it } from "vitest";
import { ExampleSelector } from "../../generator/example-values/index.js";
import { emitValidators } from "../../generator/emit/validators/index.js";
import { loadSpec } from "../../generator/load/index.js";
import { buildModel } from "../../generator/model/build.js";
import { validatePayloads } from "../../generator/validate/validate-payload.js";
import { FIXTURES } from "../helpers/paths.js";

const FILE = path.join(FIXTURES, "load", "pattern-dialects.yaml");

describe("a description in AWS's and Java's pattern dialects", () => {
  it("generates validators that read each pattern as its author meant, and leave \\p{Print} unchecked", async () => {
    const model = buildModel(await loadSpec(FILE));
    const module = emitValidators(model).files.find((file) => file.path === "validators/release.ts")!.contents;
    expect(module).toContain(
      `const pattern_date = new rt.Pattern("^2021-03-31$", "u");\nconst pattern_colour = new rt.Pattern("#[a-zA-Z0-9]{6}", "u");\nconst pattern_token = new rt.Pattern("[A-Za-z0-9_=:\\\\.\\\\-~\\\\*]", "u");\n`,
    );
    expect(module).not.toContain("Print");

    const payload = (date: string, colour: string, token: string, label: string): { file: string; text: string } => ({
      file: `${date} ${colour} ${token} ${label}`,
      text: JSON.stringify({ date, colour, token, label }),
    });
    const { verdicts } = await validatePayloads(model, {
      schema: "Release",
      specFile: FILE,
      payloads: [payload("2021-03-31", "#00ff7A", "~", "anything at all"), payload("2021-03-30", "00ff7A", "!", "")],
    });
    expect(
      verdicts.map((verdict) => [verdict.valid, verdict.errors.map((error) => `${error.pointer} ${error.keyword}`)]),
    ).toEqual([
      [true, []],
      [false, ["/date pattern", "/colour pattern", "/token pattern"]],
    ]);
  });

  it("synthesises an example from the same reading", async () => {
    const model = buildModel(await loadSpec(FILE));
    const example = new ExampleSelector(model).forNamed("Release") as Record<string, string>;
    expect(example.date).toBe("2021-03-31");
    expect(example.colour).toMatch(/^#[a-zA-Z0-9]{6}$/);
    expect(example.token).toMatch(/^[A-Za-z0-9_=:.\-~*]$/);
  });
});
