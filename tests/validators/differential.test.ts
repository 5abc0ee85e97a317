import { describe, expect, it } from "vitest";
import { formatReport, runDifferential, type Report } from "../helpers/differential.js";
import { modelOfFile } from "../helpers/model.js";
import { differentialSources, sample } from "../differential/sources.js";

/**
 * The bounded, fixed-seed differential run (`npm run differential` is the full one, GitHub's
 * description included; ajv-differential.test.ts samples it for verdicts): every component of
 * spec/ and of the fixtures against Ajv
 * configured for each document's version. Zero disagreements of any kind, and enough payloads
 * on both sides of the verdict for that to mean something.
 */
async function run(name: string, count: number | undefined, limit: number): Promise<Report> {
  const source = differentialSources().find((candidate) => candidate.name === name)!;
  const { spec, model } = await modelOfFile(source.file);
  const keys = sample(
    [...model.schemas.values()]
      .filter((schema) => schema.origin.kind === "component")
      .map((schema) => schema.key)
      .sort(),
    count,
  );
  return runDifferential(source.name, spec, model, keys, { seed: 7, limit, random: 10, prefix: "differential-test" });
}

function expectAgreement(report: Report, atLeast: number): void {
  expect(formatReport([report])).not.toContain("disagreements\n");
  expect(report.disagreements.slice(0, 5)).toEqual([]);
  expect(report.oracleFailures).toEqual([]);
  expect(report.payloads).toBeGreaterThan(atLeast);
  expect(report.invalid / report.payloads).toBeGreaterThan(0.3);
  expect(report.invalid / report.payloads).toBeLessThan(0.95);
}

describe("differential run against Ajv (fixed seed, bounded)", () => {
  it("spec/: every component schema", async () => {
    expectAgreement(await run("spec/openapi.yaml", undefined, 150), 3000);
  });

  it("tests/fixtures: every component of the 3.1 fixture and the Pet/Cat/Dog unions", async () => {
    for (const source of differentialSources().filter((candidate) => candidate.name.startsWith("tests/fixtures/"))) {
      const report = await run(source.name, undefined, 150);
      expect(report.disagreements.slice(0, 5), source.name).toEqual([]);
      expect(report.oracleFailures, source.name).toEqual([]);
      expect(report.payloads, source.name).toBeGreaterThan(100);
    }
  });
});
