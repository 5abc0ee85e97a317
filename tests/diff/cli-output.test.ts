import { spawn } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../../generator/cli/main.js";
import { diffLoaded, sideFromText, type DiffResult } from "../../generator/diff/index.js";
import { formatDiff } from "../../generator/diff/report.js";
import type { Finding } from "../../generator/diff/terms.js";
import { REPO } from "../helpers/paths.js";
import { tempDir } from "../helpers/tmp.js";
import { sarifValidator } from "./sarif-schema.js";

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

const sides = (rule: string) => [`tests/fixtures/diff/${rule}/base.yaml`, `tests/fixtures/diff/${rule}/head.yaml`];
const verdict = { failOn: "breaking", axis: "any" } as const;

/** Runs the built CLI as a user would, from `cwd`, and closes its stdout before it writes when `closeEarly`. */
function spawnCli(
  args: string[],
  cwd: string,
  closeEarly = false,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(REPO, "bin/specgen.js"), ...args], {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    if (closeEarly) child.stdout.destroy();
    else
      child.stdout.on("data", (chunk: Buffer) => {
        stdout += chunk.toString();
      });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("findings grouped by cause", () => {
  it("a property removed from a shared schema is one finding listing both places; --expand gives one a place", async () => {
    const grouped = JSON.parse(
      (await run(["diff", ...sides("response-property-removed"), "--format", "json"])).stdout,
    ) as { summary: Record<string, number>; findings: (Finding & { places: string[] })[] };
    expect(grouped.summary).toMatchObject({ breaking: 1, places: 2 });
    expect(grouped.findings.map((finding) => finding.places)).toEqual([
      ["POST /pets response 200 application/json $.owner", "GET /pets/{petId} response 200 application/json $.owner"],
    ]);
    const expanded = JSON.parse(
      (await run(["diff", ...sides("response-property-removed"), "--format", "json", "--expand"])).stdout,
    ) as { findings: unknown[] };
    expect(expanded.findings).toHaveLength(2);
    const text = (await run(["diff", ...sides("response-property-removed")])).stdout;
    expect(text).toContain("1 breaking, 0 warning, 0 info (in 2 places)");
    expect(text).toContain(
      "         at POST /pets response 200 application/json $.owner\n         at GET /pets/{petId} response 200 application/json $.owner\n",
    );
  });

  it("--level breaking prints only what fails; the summary still counts everything", async () => {
    const [base, head] = sides("request-default-changed") as [string, string];
    const all = await run(["diff", base, head]);
    expect(all.stdout).toContain("warning  request-default-changed");
    const breaking = await run(["diff", base, head, "--level", "breaking"]);
    expect(breaking.stdout).toBe(
      `specgen diff ${base} → ${head}: 0 breaking, 1 warning, 0 info; nothing at or above breaking\n`,
    );
  });
});

describe("CI formats", () => {
  it("sarif validates against the SARIF 2.1.0 schema and locates the head line", async () => {
    const validate = sarifValidator();
    expect(
      validate({ version: "2.1.0", runs: [{ results: [] }] }),
      "the schema is really applied: a run needs its tool",
    ).toBe(false);
    for (const rule of [
      "request-max-items-lowered",
      "response-property-removed",
      "operation-removed",
      "schema-added",
    ]) {
      const log = JSON.parse((await run(["diff", ...sides(rule), "--format", "sarif"])).stdout) as {
        runs: {
          results: {
            ruleId: string;
            level: string;
            locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[];
          }[];
        }[];
      };
      expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      expect(log.runs[0]!.results[0]!.ruleId).toBe(rule);
    }
    const log = JSON.parse(
      (await run(["diff", ...sides("request-max-items-lowered"), "--format", "sarif"])).stdout,
    ) as {
      runs: {
        results: {
          level: string;
          locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[];
        }[];
      }[];
    };
    expect(log.runs[0]!.results[0]).toMatchObject({
      level: "error",
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: sides("request-max-items-lowered")[1] },
            region: { startLine: 72 },
          },
        },
      ],
    });
  });

  it("junit: one test case a change, failed at or above --fail-on", async () => {
    const [base, head] = sides("request-max-items-lowered") as [string, string];
    expect((await run(["diff", base, head, "--format", "junit"])).stdout).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        `<testsuites name="specgen diff ${base} → ${head}" tests="1" failures="1">\n` +
        `  <testsuite name="specgen diff ${base} → ${head}" tests="1" failures="1" errors="0" skipped="0">\n` +
        '    <testcase classname="request-max-items-lowered" name="POST /pets request body application/json $.tags: maxItems 10 → 5">\n' +
        `      <failure type="breaking" message="maxItems 10 → 5">breaking request-max-items-lowered: maxItems 10 → 5\nat POST /pets request body application/json $.tags\nbase ${base}:72 /components/schemas/PetInput/properties/tags\nhead ${head}:72 /components/schemas/PetInput/properties/tags</failure>\n` +
        "    </testcase>\n  </testsuite>\n</testsuites>\n",
    );
    const passing = (await run(["diff", ...sides("request-default-changed"), "--format", "junit"])).stdout;
    expect(passing).toContain('failures="0"');
    expect(passing).toContain(
      '<testcase classname="request-default-changed" name="POST /pets request body application/json $.color: default &quot;brown&quot; → &quot;black&quot;"></testcase>',
    );
  });

  it("markdown stays under a PR comment's 65,536 characters and says how many changes it left out", async () => {
    const base = await sideFromText("b.yaml", await readFile(sides("request-max-items-lowered")[0]!, "utf8"));
    const one = diffLoaded(base, base);
    const finding = (i: number): Finding => ({
      rule: "response-property-removed",
      level: "breaking",
      wire: "breaking",
      source: "breaking",
      direction: "response",
      message: `property \`p${i}\` removed`,
      operation: `GET /things/${i}`,
      where: "response 200 application/json",
      jsonPath: `$.p${i}`,
      path: `GET /things/${i} response 200 application/json $.p${i} ${"x".repeat(60)}`,
      base: { file: "b.yaml", pointer: `/components/schemas/T/properties/p${i}`, line: i + 10 },
      head: { file: "h.yaml", pointer: "/components/schemas/T", line: 9 },
    });
    const result: DiffResult = { ...one, findings: Array.from({ length: 3000 }, (_, i) => finding(i)) };
    const text = formatDiff(result, "markdown", verdict);
    expect(text.length).toBeLessThanOrEqual(65_536);
    const rows = text.split("\n").filter((line) => line.startsWith("| `response-property-removed` | GET")).length;
    expect(rows).toBeGreaterThan(100);
    expect(text).toContain(`… ${3000 - rows} more changes not shown`);
    expect(
      text
        .trimEnd()
        .split("\n")
        .filter((line) => line === "</details>"),
    ).toHaveLength(1);
  });
});

describe("the CLI in a shell pipeline and in a subfolder (built CLI, spawned)", () => {
  it("a closed pipe (`| head -1`) ends it quietly with the verdict's exit code, not a stack trace", async () => {
    const result = await spawnCli(["diff", ...sides("request-max-items-lowered"), "--format", "json"], REPO, true);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
  });

  it("github annotations and SARIF name files relative to the repository root, whatever the working folder", async () => {
    const cwd = path.join(REPO, "tests/fixtures");
    const [base, head] = ["diff/request-max-items-lowered/base.yaml", "diff/request-max-items-lowered/head.yaml"];
    const github = await spawnCli(["diff", base, head, "--format", "github"], cwd);
    expect(github.stdout).toContain("::error file=tests/fixtures/diff/request-max-items-lowered/head.yaml,line=72,");
    const sarif = await spawnCli(["diff", base, head, "--format", "sarif"], cwd);
    expect(sarif.stdout).toContain('"uri": "tests/fixtures/diff/request-max-items-lowered/head.yaml"');
  });
});

describe("accepting changes", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir("diff-accept");
  });

  it("an entry by rule and operation silences that operation only", async () => {
    const file = path.join(dir, "by-operation.txt");
    await writeFile(
      file,
      "response-property-removed GET /pets/{id} # the detail view never had an owner in practice\n",
    );
    const result = JSON.parse(
      (await run(["diff", ...sides("response-property-removed"), "--format", "json", "--ignore-file", file])).stdout,
    ) as { summary: Record<string, number>; findings: { places: string[] }[] };
    expect(result.summary).toMatchObject({ breaking: 1, ignored: 1 });
    expect(result.findings[0]!.places).toEqual(["POST /pets response 200 application/json $.owner"]);
  });

  it("an entry by rule alone silences every finding of the rule; YAML takes operation and pointer", async () => {
    const file = path.join(dir, "by-rule.txt");
    await writeFile(file, "response-property-removed # owner is gone everywhere, announced in March\n");
    expect((await run(["diff", ...sides("response-property-removed"), "--ignore-file", file])).code).toBe(0);
    const yaml = path.join(dir, "both.yaml");
    await writeFile(
      yaml,
      "- rule: response-property-removed\n  operation: post /pets\n  pointer: /components/schemas/Pet/properties/owner\n  reason: agreed\n",
    );
    const result = JSON.parse(
      (await run(["diff", ...sides("response-property-removed"), "--format", "json", "--ignore-file", yaml])).stdout,
    ) as { summary: Record<string, number> };
    expect(result.summary).toMatchObject({ breaking: 1, ignored: 1 });
  });

  it("--write-ignore writes today's findings as a baseline that then silences them all", async () => {
    for (const name of ["baseline.txt", "baseline.yaml"]) {
      const file = path.join(dir, name);
      const [base, head] = sides("response-property-removed") as [string, string];
      const written = await run(["diff", base, head, "--write-ignore", file]);
      expect(written).toMatchObject({
        code: 0,
        stdout: "",
        stderr: `specgen: wrote 1 accepted change to ${file}; fill in each reason\n`,
      });
      const text = await readFile(file, "utf8");
      expect(text).toContain("TODO: say why this change is accepted");
      if (name.endsWith(".txt"))
        expect(text.split("\n").at(-2)).toBe(
          "response-property-removed /components/schemas/Pet/properties/owner # TODO: say why this change is accepted",
        );
      const again = await run(["diff", base, head, "--ignore-file", file]);
      expect(again.code).toBe(0);
      expect(again.stdout).toContain("0 breaking, 0 warning, 0 info (2 ignored)");
    }
  });
});
