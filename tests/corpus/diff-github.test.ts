import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../../generator/cli/main.js";
import type { Finding } from "../../generator/diff/terms.js";
import { pointerTokens } from "../../generator/codegen/json-pointer.js";
import { lineOfJsonPointer } from "../../generator/load/json-locate.js";
import { GITHUB_SPEC } from "../helpers/paths.js";

const require = createRequire(import.meta.url);
/** @octokit/openapi 22.0.0, installed beside 23.x under an alias. */
const PREVIOUS = require.resolve("octokit-openapi-previous/generated/api.github.com.json");

interface Report {
  failed: boolean;
  summary: Record<string, number>;
  findings: Finding[];
}

describe("specgen diff between two published versions of GitHub's REST description (v22 → v23)", () => {
  let code: number;
  let report: Report;
  beforeAll(async () => {
    let stdout = "";
    code = await main(["diff", PREVIOUS, GITHUB_SPEC, "--format", "json", "--expand"], {
      stdout: (text) => void (stdout += text),
      stderr: () => {},
    });
    report = JSON.parse(stdout) as Report;
  });

  const find = (rule: string, path: string) =>
    report.findings.find((finding) => finding.rule === rule && finding.path === path);

  it("runs to the end and fails on the breaking changes", () => {
    expect(code).toBe(1);
    expect(report.failed).toBe(true);
    expect(report.summary.breaking).toBeGreaterThan(0);
  });

  it("finds the removed Dependabot repository-access operations", () => {
    expect(find("operation-removed", "GET /organizations/{org}/dependabot/repository-access")?.message).toBe(
      "operation GET /organizations/{org}/dependabot/repository-access removed",
    );
    expect(find("operation-removed", "PATCH /organizations/{org}/dependabot/repository-access")).toBeDefined();
  });

  it("finds `team_discussions` removed from app-permissions, at every response that reaches it", () => {
    const places = report.findings
      .filter(
        (finding) =>
          finding.rule === "response-property-removed" && finding.message === "property `team_discussions` removed",
      )
      .map((finding) => finding.path);
    expect(places).toContain(
      "GET /app/installations/{installation_id} response 200 application/json $.permissions.team_discussions",
    );
    expect(places).toContain(
      "POST /app/installations/{installation_id}/access_tokens response 201 application/json $.permissions.team_discussions",
    );
  });

  it("finds the SARIF media type renamed (application/json+sarif → application/sarif+json)", () => {
    const operation = "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id} response 200";
    expect(find("response-media-type-removed", `${operation} application/json+sarif`)).toBeDefined();
    expect(find("response-media-type-added", `${operation} application/sarif+json`)).toBeDefined();
  });

  it("finds a new maxLength on a request body field, pointing at its line in the head file", () => {
    const finding = find(
      "request-max-length-lowered",
      "POST /orgs/{org}/artifacts/metadata/deployment-record request body application/json $.name",
    );
    expect(finding?.message).toBe("maxLength none → 256");
    const lines = readFileSync(GITHUB_SPEC, "utf8").split("\n");
    expect(lines[finding!.head.line! - 1]!.trim()).toBe('"name": {');
  });

  it("finds review comments' `user` swapped from simple-user to nullable-simple-user", () => {
    expect(
      find("ref-target-changed", "GET /repos/{owner}/{repo}/pulls/comments response 200 application/json $[].user")
        ?.message,
    ).toBe(
      "now refers to `nullable-simple-user` instead of `simple-user`, which differs in 1 breaking way (response-nullable-added)",
    );
  });

  it("places every finding on the line the one-pointer JSON locator gives (a sample)", () => {
    const text = readFileSync(GITHUB_SPEC, "utf8");
    const pointers = [...new Set(report.findings.map((finding) => finding.head.pointer))];
    const sample = pointers.filter((_, i) => i % Math.ceil(pointers.length / 15) === 0);
    for (const pointer of sample) {
      const finding = report.findings.find((candidate) => candidate.head.pointer === pointer)!;
      expect(finding.head.line, pointer).toBe(lineOfJsonPointer(text, pointerTokens(pointer)));
    }
  });
});
