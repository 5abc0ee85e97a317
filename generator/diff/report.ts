import { commandData, commandProperty } from "../codegen/github-command.js";
import { groupFindings, type FindingGroup } from "./group.js";
import type { DiffResult } from "./index.js";
import { markdownReport } from "./report-markdown.js";
import { junitReport } from "./report-junit.js";
import { sarifReport } from "./report-sarif.js";
import { GRADE_RANK, LEVELS, type Finding, type Grade, type Level } from "./terms.js";

export const DIFF_FORMATS = ["text", "markdown", "json", "github", "sarif", "junit"] as const;
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

export interface ReportOptions {
  /** Print only findings at or above this level (the summary still counts them all). */
  readonly level?: Level | undefined;
  /** One finding a place instead of one a cause. */
  readonly expand?: boolean | undefined;
  /** The path a CI system knows a spec file by (relative to the repository root); defaults to the file as given. */
  readonly pathOf?: ((file: string) => string) | undefined;
}

export function gradeOf(finding: Finding, axis: Axis): Grade {
  return axis === "any" ? finding.level : finding[axis];
}

/** The findings at or above `--fail-on` on the chosen axis. */
export function failing<F extends Finding>(findings: readonly F[], verdict: Verdict): F[] {
  if (verdict.failOn === "none") return [];
  const threshold = GRADE_RANK[verdict.failOn];
  return findings.filter((finding) => GRADE_RANK[gradeOf(finding, verdict.axis)] >= threshold);
}

export function counts(findings: readonly Finding[]): Record<Level, number> {
  const out: Record<Level, number> = { breaking: 0, warning: 0, info: 0 };
  for (const finding of findings) out[finding.level]++;
  return out;
}

export function byLevel<F extends Finding>(findings: readonly F[]): F[] {
  return [...findings].sort((a, b) => GRADE_RANK[b.level] - GRADE_RANK[a.level]);
}

/** What a report shows: findings grouped by cause (unless expanded), most severe first, filtered by `level`. */
export interface Shown {
  readonly all: readonly FindingGroup[];
  readonly shown: readonly FindingGroup[];
}

export function shownFindings(result: DiffResult, options: ReportOptions): Shown {
  const all = byLevel(groupFindings(result.findings, options.expand));
  const floor = GRADE_RANK[options.level ?? "info"];
  return { all, shown: all.filter((finding) => GRADE_RANK[finding.level] >= floor) };
}

export function summaryLine(result: DiffResult, verdict: Verdict, options: ReportOptions = {}): string {
  const groups = groupFindings(result.findings, options.expand);
  const count = counts(groups);
  const failed = failing(groups, verdict).length;
  const levels = [...LEVELS]
    .reverse()
    .map((level) => `${count[level]} ${level}`)
    .join(", ");
  const places = result.findings.length > groups.length ? ` (in ${result.findings.length} places)` : "";
  const ignored = result.ignored.length > 0 ? ` (${result.ignored.length} ignored)` : "";
  const axis = verdict.axis === "any" ? "" : ` on the ${verdict.axis} axis`;
  const outcome =
    verdict.failOn === "none"
      ? "not failing (--fail-on none)"
      : failed > 0
        ? `${failed} at or above ${verdict.failOn}${axis}: failing`
        : `nothing at or above ${verdict.failOn}${axis}`;
  return `specgen diff ${result.base} → ${result.head}: ${levels}${places}${ignored}; ${outcome}\n`;
}

/** Places a grouped finding lists in text and annotations before saying how many more there are. */
const TEXT_PLACES = 5;

const at = (side: Finding["base"]) => (side.line === undefined ? side.file : `${side.file}:${side.line}`);

/** ` (+3 more places)` after a grouped finding's first place. */
export function morePlaces(finding: FindingGroup): string {
  const more = finding.places.length - 1;
  return more > 0 ? ` (+${more} more place${more === 1 ? "" : "s"})` : "";
}

export function formatDiff(
  result: DiffResult,
  format: DiffFormat,
  verdict: Verdict,
  options: ReportOptions = {},
): string {
  const { all, shown } = shownFindings(result, options);
  const pathOf = options.pathOf ?? ((file: string) => file);
  switch (format) {
    case "json":
      return `${JSON.stringify(
        {
          base: result.base,
          head: result.head,
          failOn: verdict.failOn,
          axis: verdict.axis,
          failed: failing(result.findings, verdict).length > 0,
          summary: { ...counts(all), places: result.findings.length, ignored: result.ignored.length },
          findings: shown,
        },
        null,
        2,
      )}\n`;
    case "markdown":
      return markdownReport(result, verdict, options, shown);
    case "sarif":
      return sarifReport(shown, verdict, pathOf);
    case "junit":
      return junitReport(result, shown, verdict);
    case "github":
      return (
        shown
          .map((finding) => {
            const grade = gradeOf(finding, verdict.axis);
            const command = grade === "breaking" ? "error" : grade === "warning" ? "warning" : "notice";
            const line = finding.head.line === undefined ? "" : `,line=${finding.head.line}`;
            const where =
              finding.places.length === 1
                ? finding.path
                : `${finding.places.length} places: ${finding.places.slice(0, TEXT_PLACES).join("; ")}${finding.places.length > TEXT_PLACES ? "; …" : ""}`;
            return `::${command} file=${commandProperty(pathOf(finding.head.file))}${line},title=${commandProperty(finding.rule)}::${commandData(`${finding.message} (${where})`)}\n`;
          })
          .join("") + summaryLine(result, verdict, options)
      );
    case "text":
      return (
        shown
          .map(
            (finding) =>
              `${finding.level.padEnd(8)} ${finding.rule}: ${finding.message}\n` +
              finding.places
                .slice(0, TEXT_PLACES)
                .map((place) => `         at ${place}\n`)
                .join("") +
              (finding.places.length > TEXT_PLACES
                ? `         … and ${finding.places.length - TEXT_PLACES} more places (--expand lists one finding a place)\n`
                : "") +
              `         ${at(finding.base)} → ${at(finding.head)}\n`,
          )
          .join("") + summaryLine(result, verdict, options)
      );
  }
}
