import { createHash } from "node:crypto";
import { sarifDocument } from "../check/sarif.js";
import { fileUri } from "../codegen/uri.js";
import type { FindingGroup } from "./group.js";
import { gradeOf, type Verdict } from "./report.js";
import { RULES } from "./rules.js";
import type { Grade } from "./terms.js";

const SARIF_LEVEL: Record<Grade, "error" | "warning" | "note" | "none"> = {
  breaking: "error",
  warning: "warning",
  info: "note",
  none: "none",
};

/**
 * SARIF 2.1.0 (GitHub code scanning, Azure DevOps…): one result a cause, located at the head
 * spec's line, graded on the `--axis` chosen; every rule that fired is described once.
 */
export function sarifReport(
  findings: readonly FindingGroup[],
  verdict: Verdict,
  pathOf: (file: string) => string,
): string {
  const used = new Set(findings.map((finding) => finding.rule));
  const rules = RULES.filter((rule) => used.has(rule.id));
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  return sarifDocument(
    {
      name: "specgen diff",
      rules: rules.map((rule) => ({
        id: rule.id,
        shortDescription: { text: rule.summary },
        defaultConfiguration: { level: SARIF_LEVEL[rule.level] },
        properties: { wire: rule.wire, source: rule.source, direction: rule.direction },
      })),
    },
    findings.map((finding) => ({
      ruleId: finding.rule,
      ruleIndex: index.get(finding.rule)!,
      level: SARIF_LEVEL[gradeOf(finding, verdict.axis)],
      message: {
        text: `${finding.message} (${finding.places.length === 1 ? finding.path : `${finding.places.length} places, first ${finding.path}`})`,
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: fileUri(pathOf(finding.head.file)) },
            ...(finding.head.line === undefined ? {} : { region: { startLine: finding.head.line } }),
          },
        },
      ],
      partialFingerprints: {
        "specgenCause/v1": createHash("sha256")
          .update([finding.rule, finding.base.pointer, finding.head.pointer, finding.message].join("\u0000"))
          .digest("hex")
          .slice(0, 32),
      },
      properties: {
        places: finding.places,
        basePointer: finding.base.pointer,
        headPointer: finding.head.pointer,
        wire: finding.wire,
        source: finding.source,
      },
    })),
  );
}
