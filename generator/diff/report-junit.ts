import { xmlText } from "../codegen/xml.js";
import type { FindingGroup } from "./group.js";
import type { DiffResult } from "./index.js";
import { failing, type Verdict } from "./report.js";

/**
 * JUnit XML for CI test tabs: one test case a cause, failed when it is at or above `--fail-on`;
 * an empty diff is one passing case so the suite is never empty.
 */
export function junitReport(result: DiffResult, findings: readonly FindingGroup[], verdict: Verdict): string {
  const failed = new Set(failing(findings, verdict));
  const name = xmlText(`specgen diff ${result.base} → ${result.head}`);
  const cases = findings.map((finding) => {
    const title = xmlText(`${finding.path}: ${finding.message}`);
    const open = `    <testcase classname="${xmlText(finding.rule)}" name="${title}">`;
    if (!failed.has(finding)) return `${open}</testcase>\n`;
    const body = [
      `${finding.level} ${finding.rule}: ${finding.message}`,
      ...finding.places.map((place) => `at ${place}`),
      `base ${finding.base.file}${finding.base.line === undefined ? "" : `:${finding.base.line}`} ${finding.base.pointer}`,
      `head ${finding.head.file}${finding.head.line === undefined ? "" : `:${finding.head.line}`} ${finding.head.pointer}`,
    ].join("\n");
    return `${open}\n      <failure type="${xmlText(finding.level)}" message="${xmlText(finding.message)}">${xmlText(body)}</failure>\n    </testcase>\n`;
  });
  const all = cases.length > 0 ? cases : [`    <testcase classname="specgen-diff" name="no changes"></testcase>\n`];
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${name}" tests="${all.length}" failures="${failed.size}">\n` +
    `  <testsuite name="${name}" tests="${all.length}" failures="${failed.size}" errors="0" skipped="0">\n${all.join("")}  </testsuite>\n</testsuites>\n`
  );
}
