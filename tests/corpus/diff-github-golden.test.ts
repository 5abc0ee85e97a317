import { createRequire } from "node:module";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { diffSpecs, type DiffResult } from "../../generator/diff/index.js";
import { formatDiff, shownFindings } from "../../generator/diff/report.js";
import { sarifValidator } from "../diff/sarif-schema.js";
import { expectGolden } from "../helpers/golden.js";
import { GITHUB_SPEC, REPO } from "../helpers/paths.js";

const require = createRequire(import.meta.url);
/** @octokit/openapi 22.0.0, installed beside 23.x under an alias. */
const PREVIOUS = require.resolve("octokit-openapi-previous/generated/api.github.com.json");
const GOLDEN = path.join(REPO, "tests/corpus/golden/diff-github-22-23.txt");
const verdict = { failOn: "breaking", axis: "any" } as const;

describe("GitHub's REST description 22.0.0 → 23.0.2, the real history", () => {
  let result: DiffResult;
  beforeAll(async () => {
    result = await diffSpecs(path.relative(REPO, PREVIOUS), path.relative(REPO, GITHUB_SPEC));
  });

  it("every breaking and warning change, one line a cause, is the reviewed golden list", () => {
    const { shown } = shownFindings(result, { level: "warning" });
    const lines = shown.map(
      (finding) =>
        `${finding.level} ${finding.rule}: ${finding.message} @ ${finding.path}${finding.places.length > 1 ? ` (+${finding.places.length - 1} places)` : ""}`,
    );
    const summary = formatDiff(result, "text", verdict, { level: "breaking" }).split("\n").at(-2)!;
    expectGolden(GOLDEN, `${summary.replace(/^specgen diff \S+ → \S+: /, "")}\n${lines.join("\n")}\n`);
  });

  it("the markdown report fits in one PR comment (65,536 characters)", () => {
    const markdown = formatDiff(result, "markdown", verdict);
    expect(markdown.length).toBeLessThanOrEqual(65_536);
    expect(markdown).toContain("<summary>🔴 breaking:");
  });

  it("the SARIF report validates against the SARIF 2.1.0 schema", () => {
    const validate = sarifValidator();
    const log = JSON.parse(formatDiff(result, "sarif", verdict)) as { runs: { results: unknown[] }[] };
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(log.runs[0]!.results.length).toBe(shownFindings(result, {}).shown.length);
  });
});
