import { buildModel } from "../model/build.js";
import type { LoadOptions } from "../load/index.js";
import { compareModels } from "./compare-models.js";
import { applyIgnores, type IgnoreEntry } from "./ignore.js";
import { RULES } from "./rules.js";
import { loadSide, type LoadedSide } from "./sides.js";

export { loadSide, sideFromText, type LoadedSide } from "./sides.js";
import { linesOf } from "./source-lines.js";
import { GRADE_RANK, type Finding, type Grade, type Level } from "./terms.js";

export interface DiffOptions extends LoadOptions {
  readonly ignore?: readonly IgnoreEntry[] | undefined;
}

export interface DiffResult {
  readonly base: string;
  readonly head: string;
  /** Reported findings, in walk order (operations in spec order, then components). */
  readonly findings: readonly Finding[];
  /** Findings an ignore entry accepted. */
  readonly ignored: readonly Finding[];
  readonly unusedIgnores: readonly IgnoreEntry[];
}

/**
 * Compares two versions of a description: each side goes through the same load → model
 * pipeline as `generate`, and the models (not the documents) are compared by the rule table.
 */
export async function diffSpecs(baseLabel: string, headLabel: string, options: DiffOptions = {}): Promise<DiffResult> {
  const [base, head] = await Promise.all([loadSide(baseLabel, options), loadSide(headLabel, options)]);
  return diffLoaded(base, head, options);
}

/** `diffSpecs` on two sides already loaded (`sideFromText` makes one from a string). */
export function diffLoaded(base: LoadedSide, head: LoadedSide, options: Pick<DiffOptions, "ignore"> = {}): DiffResult {
  const baseModel = buildModel(base.spec);
  const headModel = buildModel(head.spec);
  const placed = compareModels(baseModel, headModel, RULES, { base: base.spec.document, head: head.spec.document });
  // Judged on the whole diff: breaking changes under an `info.version` whose major did not move.
  const breaking = placed.filter((finding) => capped(finding.rule.level, finding.levelCap) === "breaking").length;
  for (const rule of RULES) {
    if (rule.scope !== "document") continue;
    const message = rule.check({
      scope: "document",
      baseVersion: baseModel.version,
      headVersion: headModel.version,
      breaking,
    });
    if (message !== undefined)
      placed.push({
        rule,
        message,
        path: "",
        basePointer: "/info/version",
        headPointer: "/info/version",
        operation: undefined,
        where: "info.version",
        direction: undefined,
      });
  }

  const seen = new Set<string>();
  const unique = placed.filter((finding) => {
    const key = [
      finding.rule.id,
      finding.operation,
      finding.where,
      finding.path,
      finding.basePointer,
      finding.headPointer,
    ].join("\u0000");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const baseLines = linesOf(
    base,
    unique.map((finding) => finding.basePointer),
  );
  const headLines = linesOf(
    head,
    unique.map((finding) => finding.headPointer),
  );
  const side = (loaded: LoadedSide, lines: Map<string, number | undefined>, pointer: string) => ({
    file: loaded.file,
    pointer,
    line: lines.get(pointer),
  });
  const findings: Finding[] = unique.map((finding) => {
    const jsonPath = `$${finding.path}`;
    return {
      rule: finding.rule.id,
      level: capped(finding.rule.level, finding.levelCap),
      wire: cappedGrade(finding.rule.wire, finding.levelCap),
      source: cappedGrade(finding.rule.source, finding.levelCap),
      direction: finding.direction,
      message: finding.message,
      operation: finding.operation,
      where: finding.where,
      jsonPath,
      path: [
        finding.operation,
        finding.where === "operation" ? undefined : finding.where,
        finding.path === "" ? undefined : jsonPath,
      ]
        .filter((part) => part !== undefined)
        .join(" "),
      base: side(base, baseLines, finding.basePointer),
      head: side(head, headLines, finding.headPointer),
    };
  });
  const { kept, ignored, unused } = applyIgnores(findings, options.ignore ?? []);
  return { base: base.label, head: head.label, findings: kept, ignored, unusedIgnores: unused };
}

function capped(level: Level, cap: Level | undefined): Level {
  return cap !== undefined && GRADE_RANK[cap] < GRADE_RANK[level] ? cap : level;
}

function cappedGrade(grade: Grade, cap: Level | undefined): Grade {
  return grade === "none" ? grade : capped(grade, cap);
}
