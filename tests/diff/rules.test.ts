import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { diffLoaded, diffSpecs, sideFromText } from "../../generator/diff/index.js";
import { RULES } from "../../generator/diff/rules.js";
import { renderRulesPage } from "../../generator/diff/rules-page.js";
import { GRADE_RANK } from "../../generator/diff/terms.js";
import { FIXTURES, REPO } from "../helpers/paths.js";

const RULE_FIXTURES = path.join(FIXTURES, "diff");
const SAME_FIXTURES = path.join(FIXTURES, "diff-same");
const pair = (dir: string) => [path.join(dir, "base.yaml"), path.join(dir, "head.yaml")] as const;

describe("the rule table", () => {
  it("has at least 30 rules with unique ids, each graded on both axes, its level the higher grade", () => {
    expect(RULES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      const higher = Math.max(GRADE_RANK[rule.wire], GRADE_RANK[rule.source], GRADE_RANK.info);
      expect(GRADE_RANK[rule.level], rule.id).toBe(higher);
    }
  });

  it("the rules page lists every rule (no scope left without a section)", () => {
    const page = renderRulesPage();
    for (const rule of RULES) expect(page, rule.id).toContain(`| \`${rule.id}\` |`);
  });

  it("docs/rules.md is the rendering of the table (run `npm run rules` after changing it)", () => {
    expect(readFileSync(path.join(REPO, "docs/rules.md"), "utf8")).toBe(renderRulesPage());
  });

  it("has a fixture pair for every rule, and no fixture for a rule that does not exist", () => {
    expect(readdirSync(RULE_FIXTURES).sort()).toEqual(RULES.map((rule) => rule.id).sort());
  });
});

/** Rules that judge the other findings: their fixture fires them with the change they count. */
const COMPANIONS: Record<string, string[]> = { "breaking-change-without-major-version-bump": ["operation-removed"] };

describe("each fixture pair fires exactly its rule", () => {
  for (const rule of RULES) {
    it(rule.id, async () => {
      const result = await diffSpecs(...pair(path.join(RULE_FIXTURES, rule.id)));
      expect(result.findings.length).toBeGreaterThan(0);
      expect([...new Set(result.findings.map((finding) => finding.rule))].sort()).toEqual(
        [rule.id, ...(COMPANIONS[rule.id] ?? [])].sort(),
      );
      for (const finding of result.findings.filter((candidate) => candidate.rule === rule.id)) {
        expect(finding.level).toBe(rule.level);
        expect(finding.head.line, "a finding points at a line of the head spec").toBeGreaterThan(1);
        expect(finding.base.line).toBeGreaterThan(1);
      }
    });
  }
});

describe("refactors that keep the shape report nothing breaking", () => {
  const expected: Record<string, string[]> = {
    "reordered-keys": [],
    "description-edit": [],
    "path-parameter-renamed": [],
    "allof-regrouped": [],
    "schema-inlined": [],
    "new-optional-request-property": [
      "request-property-added-optional: optional property `chip` added @ POST /pets request body application/json $.chip",
    ],
    "schema-extracted-behind-ref": ["schema-added: schema `Extra` added @ components.schemas.Extra"],
    // Unions matched by meaning: a member inserted in the middle is the one change reported (once
    // in the request, where it is info, and at each response, where old clients may not know it).
    "union-member-inserted": [
      "request-one-of-member-added: union member #2 object added @ POST /pets request body application/json $.rule.oneOf[#2 object]",
      "response-one-of-member-added: union member #2 object added @ POST /pets response 200 application/json $.rule.oneOf[#2 object]",
      "response-one-of-member-added: union member #2 object added @ GET /pets/{petId} response 200 application/json $.rule.oneOf[#2 object]",
    ],
    "union-reversed": [],
    "nested-union-flattened": ["schema-added: schema `Toy` added @ components.schemas.Toy"],
    "enum-split-into-one-of": [],
    // Two request members merged into one wider member: what was accepted still is; its items now also take objects.
    "union-members-merged": [
      "request-value-became-union: now one of 2 alternatives (new: #2 object) @ POST /pets request body application/json $.labels.oneOf[#1 object].labels[].oneOf",
    ],
    "any-became-any-or-null": [],
    "nullable-3.0-to-3.1": [],
  };
  it("covers every pair", () => {
    expect(readdirSync(SAME_FIXTURES).sort()).toEqual(Object.keys(expected).sort());
  });
  for (const [name, findings] of Object.entries(expected)) {
    it(name, async () => {
      const result = await diffSpecs(...pair(path.join(SAME_FIXTURES, name)));
      expect(result.findings.map((finding) => `${finding.rule}: ${finding.message} @ ${finding.path}`)).toEqual(
        findings,
      );
    });
  }
});

describe("findings", () => {
  it("a change in a shared schema is reported once per place it reaches, with the path", async () => {
    const result = await diffSpecs(...pair(path.join(RULE_FIXTURES, "response-property-removed")));
    expect(result.findings.map((finding) => finding.path)).toEqual([
      "POST /pets response 200 application/json $.owner",
      "GET /pets/{petId} response 200 application/json $.owner",
    ]);
    // Both places point at the one schema that changed.
    expect(new Set(result.findings.map((finding) => finding.base.pointer))).toEqual(
      new Set(["/components/schemas/Pet/properties/owner"]),
    );
  });

  it("carry rule, level, axes, direction, pointers and lines on both sides", async () => {
    const [base, head] = pair(path.join(RULE_FIXTURES, "request-max-items-lowered"));
    const result = await diffSpecs(base, head);
    expect(result.findings).toEqual([
      {
        rule: "request-max-items-lowered",
        level: "breaking",
        wire: "breaking",
        source: "none",
        direction: "request",
        message: "maxItems 10 → 5",
        operation: "POST /pets",
        where: "request body application/json",
        jsonPath: "$.tags",
        path: "POST /pets request body application/json $.tags",
        base: { file: base, pointer: "/components/schemas/PetInput/properties/tags", line: lineOf(base, "tags:") },
        head: { file: head, pointer: "/components/schemas/PetInput/properties/tags", line: lineOf(head, "tags:") },
      },
    ]);
  });
});

/** The line holding exactly `text` (trimmed); the fixtures have one `tags:` key. */
describe("names the model gives to inline schemas are not $refs", () => {
  it("an inline enum renamed by the model (its name taken by a new component) still reports its own change", async () => {
    const [base, head] = pair(path.join(RULE_FIXTURES, "request-enum-value-removed"));
    const headText = readFileSync(head, "utf8").replace(
      "components:\n  schemas:\n",
      "components:\n  schemas:\n    KindPetInput:\n      type: string\n",
    );
    const result = diffLoaded(
      await sideFromText("base.yaml", readFileSync(base, "utf8")),
      await sideFromText("head.yaml", headText),
    );
    expect(result.findings.map((finding) => `${finding.rule}: ${finding.message}`)).toEqual([
      'request-enum-value-removed: enum value removed: "dog"',
      "schema-added: schema `KindPetInput` added",
    ]);
  });
});

function lineOf(file: string, text: string): number {
  const index = readFileSync(file, "utf8")
    .split("\n")
    .findIndex((line) => line.trim() === text);
  if (index < 0) throw new Error(`${text} not in ${file}`);
  return index + 1;
}
