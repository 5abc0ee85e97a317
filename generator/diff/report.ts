import { escapeData, escapeProperty } from "../check/report.js";
import type { DiffResult } from "./index.js";
import { GRADE_RANK, LEVELS, type Finding, type Grade, type Level } from "./types.js";

export const DIFF_FORMATS = ["text", "markdown", "json", "github"] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];
export const FAIL_ON = ["none", "warning", "breaking"] as const;
export type FailOn = (typeof FAIL_ON)[number];
/** Which grade counts: the rule's level (`any`), or only its wire or its source grade. */
export const AXES = ["any", "wire", "source"] as const;
export type Axis = (typeof AXES)[number];

export interface Verdict {
  readonly failOn: FailOn;
  readonly axis: Axis;
}

export function gradeOf(finding: Finding, axis: Axis): Grade {
  return axis === "any" ? finding.level : finding[axis];
}

/** The findings at or above `--fail-on` on the chosen axis. */
export function failing(findings: readonly Finding[], verdict: Verdict): Finding[] {
  if (verdict.failOn === "none") return [];
  const threshold = GRADE_RANK[verdict.failOn];
  return findings.filter((finding) => GRADE_RANK[gradeOf(finding, verdict.axis)] >= threshold);
}

function counts(findings: readonly Finding[]): Record<Level, number> {
  const out: Record<Level, number> = { breaking: 0, warning: 0, info: 0 };
  for (const finding of findings) out[finding.level]++;
  return out;
}

function byLevel(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => GRADE_RANK[b.level] - GRADE_RANK[a.level]);
}

export function summaryLine(result: DiffResult, verdict: Verdict): string {
  const count = counts(result.findings);
  const failed = failing(result.findings, verdict).length;
  const levels = [...LEVELS].reverse().map((level) => `${count[level]} ${level}`).join(", ");
  const ignored = result.ignored.length > 0 ? ` (${result.ignored.length} ignored)` : "";
  const axis = verdict.axis === "any" ? "" : ` on the ${verdict.axis} axis`;
  const outcome = verdict.failOn === "none" ? "not failing (--fail-on none)" : failed > 0 ? `${failed} at or above ${verdict.failOn}${axis}: failing` : `nothing at or above ${verdict.failOn}${axis}`;
  return `specgen diff ${result.base} → ${result.head}: ${levels}${ignored}; ${outcome}\n`;
}

const at = (side: Finding["base"]) => (side.line === undefined ? side.file : `${side.file}:${side.line}`);

export function formatDiff(result: DiffResult, format: DiffFormat, verdict: Verdict): string {
  switch (format) {
    case "json":
      return `${JSON.stringify({
        base: result.base,
        head: result.head,
        failOn: verdict.failOn,
        axis: verdict.axis,
        failed: failing(result.findings, verdict).length > 0,
        summary: { ...counts(result.findings), ignored: result.ignored.length },
        findings: result.findings,
      }, null, 2)}\n`;
    case "markdown":
      return markdown(result, verdict);
    case "github":
      return byLevel(result.findings).map((finding) => {
        const grade = gradeOf(finding, verdict.axis);
        const command = grade === "breaking" ? "error" : grade === "warning" ? "warning" : "notice";
        const line = finding.head.line === undefined ? "" : `,line=${finding.head.line}`;
        return `::${command} file=${escapeProperty(finding.head.file)}${line},title=${escapeProperty(finding.rule)}::${escapeData(`${finding.message} (${finding.path})`)}\n`;
      }).join("") + summaryLine(result, verdict);
    case "text":
      return byLevel(result.findings).map((finding) =>
        `${finding.level.padEnd(8)} ${finding.rule}: ${finding.message}\n         at ${finding.path}\n         ${at(finding.base)} → ${at(finding.head)}\n`,
      ).join("") + summaryLine(result, verdict);
  }
}

function cell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br/>").replace(/</g, "&lt;").replace(/&lt;br\/>/g, "<br/>");
}

function markdown(result: DiffResult, verdict: Verdict): string {
  const icon: Record<Level, string> = { breaking: "🔴 breaking", warning: "🟠 warning", info: "🔵 info" };
  let text = `### specgen diff\n\n${summaryLine(result, verdict).replace(/^specgen diff /, "").trim()}\n\n`;
  if (result.findings.length === 0) return `${text}No changes found.\n`;
  text += "| level | rule | where | change | head |\n| --- | --- | --- | --- | --- |\n";
  for (const finding of byLevel(result.findings)) {
    text += `| ${icon[finding.level]} | \`${finding.rule}\` | ${cell(finding.path)} | ${cell(finding.message)} | ${cell(at(finding.head))} |\n`;
  }
  return text;
}
