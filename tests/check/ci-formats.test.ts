import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, REPO } from "../helpers/paths.js";
import { runCliAt as runCli } from "../helpers/cli.js";
import { sarifValidator } from "../diff/sarif-schema.js";

const validSarif = sarifValidator();

const DANGLING = path.join(FIXTURES, "hostile/dangling.yaml");
const POINTER = "/paths/~1things/post/requestBody/content/application~1json/schema/$ref";
const MESSAGE = '$ref "#/components/schemas/Thing" points to nothing';

interface Sarif {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string }[] } };
    results: {
      ruleId: string;
      level: string;
      message: { text: string };
      locations?: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[];
    }[];
  }[];
}

describe("a spec that does not load, in every --format", () => {
  const out = path.join(REPO, "generated");

  it("text: the one line on stderr, nothing on stdout", async () => {
    expect(await runCli(["check", "--spec", DANGLING, "--out", out])).toEqual({
      code: 2,
      stdout: "",
      stderr: `specgen: error: ${DANGLING}:11 #${POINTER}: ${MESSAGE}\n`,
    });
  });

  it("json: {ok: false, error} on stdout, for check and validate", async () => {
    for (const args of [
      ["check", "--out", out],
      ["validate", "--schema", "Thing", path.join(FIXTURES, "hostile/dangling.yaml")],
    ]) {
      const result = await runCli([...args, "--spec", DANGLING, "--format", "json"]);
      expect(result.code).toBe(2);
      expect(JSON.parse(result.stdout)).toEqual({
        ok: false,
        error: { code: "DANGLING_REF", message: MESSAGE, file: DANGLING, line: 11, pointer: POINTER },
      });
    }
  });

  it("github: an ::error annotation at the file and line", async () => {
    const result = await runCli(["check", "--spec", DANGLING, "--out", out, "--format", "github"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe(
      `::error file=${DANGLING.replace(/:/g, "%3A")},line=11,title=specgen::#${POINTER}: ${MESSAGE}\n`,
    );
  });

  it("sarif: one error result at the file and line", async () => {
    const result = await runCli(["check", "--spec", DANGLING, "--out", out, "--format", "sarif"]);
    expect(result.code).toBe(2);
    const log = JSON.parse(result.stdout) as Sarif;
    expect(validSarif(log), JSON.stringify(validSarif.errors)).toBe(true);
    expect(log.version).toBe("2.1.0");
    expect(log.runs[0]!.results).toEqual([
      {
        ruleId: "specgen/error",
        level: "error",
        message: { text: `#${POINTER}: ${MESSAGE}` },
        locations: [
          { physicalLocation: { artifactLocation: { uri: `file://${DANGLING}` }, region: { startLine: 11 } } },
        ],
      },
    ]);
  });
});

describe("check --format sarif", () => {
  it("no drift: a valid log with no results", async () => {
    const result = await runCli(["check", "--format", "sarif", "--quiet"]);
    expect(result.code).toBe(0);
    const log = JSON.parse(result.stdout) as Sarif;
    expect(validSarif(log), JSON.stringify(validSarif.errors)).toBe(true);
    expect(log.runs[0]!.tool.driver.name).toBe("specgen");
    expect(log.runs[0]!.tool.driver.rules.map((rule) => rule.id)).toEqual([
      "specgen/drift-changed",
      "specgen/drift-missing",
      "specgen/drift-extra",
    ]);
    expect(log.runs[0]!.results).toEqual([]);
  });
});
