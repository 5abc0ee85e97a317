import { writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSpecText, type LoadedSpec } from "../../generator/load/index.js";
import { generate } from "../../generator/pipeline.js";
import { buildModel } from "../../generator/model/build.js";
import type { Model } from "../../generator/model/model.js";
import { STRICTEST_OPTIONS, typecheckFiles } from "../../generator/verify/typecheck.js";
import { formatReport, runDifferential, type Report } from "../helpers/differential.js";
import { documentWith } from "../helpers/model.js";
import { readTree } from "../helpers/read-tree.js";
import { tempDir } from "../helpers/tmp.js";
import { loadValidators, type LoadedValidators } from "../helpers/validators.js";

/**
 * Objects with hundreds of properties (googleapis.com/contentwarehouse has one of 533): one walker
 * function for all of them went past TypeScript's flow-analysis depth (TS2563, "too large for
 * control flow analysis"), so they are walked in parts. The parts must change nothing a caller
 * sees: verdicts, errors and their order, undeclared keys.
 */
function wideProperties(width: number): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (let i = 0; i < width; i++) {
    const name = `p${String(i).padStart(3, "0")}`;
    switch (i % 4) {
      case 0:
        properties[name] = { type: "string", enum: ["read", "write"] };
        break;
      case 1:
        properties[name] = { type: "integer", minimum: 0 };
        break;
      case 2:
        properties[name] = { type: "object", properties: { n: { type: "number" } }, required: ["n"] };
        break;
      default:
        properties[name] = { type: "array", items: { type: "string" }, maxItems: 2 };
    }
  }
  return properties;
}

const REQUIRED = ["p000", "p299"];

const DOCUMENT = documentWith({
  Wide: { type: "object", properties: wideProperties(600), required: [...REQUIRED, "p599"] },
  WideClosed: { type: "object", properties: wideProperties(300), required: REQUIRED, additionalProperties: false },
  WideCounted: {
    type: "object",
    properties: wideProperties(300),
    additionalProperties: { type: "boolean" },
    minProperties: 2,
  },
});

describe("objects of 300 and 600 properties", () => {
  let spec: LoadedSpec;
  let model: Model;
  let loaded: LoadedValidators;
  beforeAll(async () => {
    spec = await loadSpecText(JSON.stringify(DOCUMENT), "wide.json");
    model = buildModel(spec);
    loaded = await loadValidators(model, "large-objects");
  });

  it("is walked in parts, and the output type-checks under the strictest options (no TS2563)", async () => {
    const folder = await tempDir("large-objects-generate");
    const file = path.join(folder, "wide.json");
    writeFileSync(file, JSON.stringify(DOCUMENT));
    await generate({ spec: file, out: path.join(folder, "out") });
    const files = await readTree(path.join(folder, "out"));
    const wide = files.find((entry) => entry.path === "validators/wide.ts")!.contents;
    expect(wide).toContain("function check_part2(");
    expect(wide).toContain("function collect_part2(");
    expect(files.find((entry) => entry.path === "validators/wideclosed.ts")!.contents).toContain(
      "function check_part2(",
    );
    expect(typecheckFiles(files, STRICTEST_OPTIONS)).toEqual([]);
  });

  it("reports the errors of every part, in property order, each with its pointer", () => {
    const value = { p000: "admin", p001: -1, p299: "x", p302: { n: "1" }, p599: [1], extra: 1 };
    const result = loaded.validate("Wide")(value, { allErrors: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(({ pointer, keyword }) => `${pointer} ${keyword}`)).toEqual([
      "/p000 enum",
      "/p001 minimum",
      "/p299 type",
      "/p302/n type",
      "/p599/0 type",
    ]);
    // The first error alone stops in the first part.
    const first = loaded.validate("Wide")(value);
    expect(first.ok ? [] : first.errors.map(({ pointer }) => pointer)).toEqual(["/p000"]);
    expect(loaded.is("Wide")({ p000: "read", p299: [], p599: [] })).toBe(true);
    expect(loaded.is("Wide")({ p000: "read", p599: [] })).toBe(false);
  });

  it("keeps the keys it does not name to additionalProperties", () => {
    const valid = { p000: "read", p299: [] };
    expect(loaded.is("WideClosed")(valid)).toBe(true);
    expect(loaded.is("WideClosed")({ ...valid, extra: 1 })).toBe(false);
    expect(loaded.is("WideCounted")({ p000: "read", more: true })).toBe(true);
    expect(loaded.is("WideCounted")({ p000: "read", more: 1 })).toBe(false);
    expect(loaded.is("WideCounted")({ p000: "read" })).toBe(false);
  });

  it("agrees with Ajv on every payload of the differential", async () => {
    const report: Report = await runDifferential("wide.json", spec, model, ["Wide", "WideClosed", "WideCounted"], {
      seed: 11,
      limit: 400,
      random: 20,
      prefix: "large-objects-differential",
    });
    expect(formatReport([report])).not.toContain("disagreements\n");
    expect(report.disagreements.slice(0, 5)).toEqual([]);
    expect(report.payloads).toBeGreaterThan(300);
  });
});
