import { literal, literalCell } from "../codegen/markdown.js";
import type { FindingGroup } from "./group.js";
import type { DiffResult } from "./index.js";
import { counts, morePlaces, summaryLine, type ReportOptions, type Verdict } from "./report.js";
import { LEVELS, type Level } from "./terms.js";

/** A GitHub PR comment holds 65,536 characters; what is left below this goes to the closing lines. */
export const MARKDOWN_BUDGET = 60_000;

const ICON: Record<Level, string> = { breaking: "🔴 breaking", warning: "🟠 warning", info: "🔵 info" };

/**
 * A PR comment: the summary, a table of counts by level and by rule, then one collapsed
 * section a level with a row a cause. Rows stop before the comment would pass
 * `MARKDOWN_BUDGET` characters, and the report says how many were left out.
 */
export function markdownReport(
  result: DiffResult,
  verdict: Verdict,
  options: ReportOptions,
  shown: readonly FindingGroup[],
): string {
  let text = `### specgen diff\n\n${literal(
    summaryLine(result, verdict, options)
      .replace(/^specgen diff /, "")
      .trim(),
  )}\n\n`;
  if (result.findings.length === 0) return `${text}No changes found.\n`;

  const causes = counts(shown);
  const places: Record<Level, number> = { breaking: 0, warning: 0, info: 0 };
  for (const finding of shown) places[finding.level] += finding.places.length;
  text += "| level | changes | places |\n| --- | ---: | ---: |\n";
  for (const level of [...LEVELS].reverse())
    if (causes[level] > 0) text += `| ${ICON[level]} | ${causes[level]} | ${places[level]} |\n`;

  const byRule = new Map<string, { level: Level; count: number }>();
  for (const finding of shown)
    byRule.set(finding.rule, { level: finding.level, count: (byRule.get(finding.rule)?.count ?? 0) + 1 });
  text += "\n| rule | level | changes |\n| --- | --- | ---: |\n";
  for (const [rule, { level, count }] of byRule) text += `| \`${rule}\` | ${level} | ${count} |\n`;

  let left = shown.length;
  let full = false;
  for (const level of [...LEVELS].reverse()) {
    if (full) break;
    const rows = shown.filter((finding) => finding.level === level);
    if (rows.length === 0) continue;
    const open = level === "breaking" ? " open" : "";
    let section = `\n<details${open}><summary>${ICON[level]}: ${rows.length} change${rows.length === 1 ? "" : "s"}</summary>\n\n| rule | where | change | head |\n| --- | --- | --- | --- |\n`;
    const close = "\n</details>\n";
    if (text.length + section.length + close.length > MARKDOWN_BUDGET) {
      full = true;
      break;
    }
    for (const finding of rows) {
      const head = finding.head.line === undefined ? finding.head.file : `${finding.head.file}:${finding.head.line}`;
      const row = `| \`${finding.rule}\` | ${literalCell(finding.path + morePlaces(finding)).text} | ${literalCell(finding.message).text} | ${literalCell(head).text} |\n`;
      if (text.length + section.length + row.length + close.length > MARKDOWN_BUDGET) {
        full = true;
        break;
      }
      section += row;
      left--;
    }
    text += section + close;
  }
  if (left > 0)
    text += `\n… ${left} more change${left === 1 ? "" : "s"} not shown (the comment would pass GitHub's 65,536 characters): run \`specgen diff --format json\` for all of them.\n`;
  return text;
}
