import type { Finding } from "./terms.js";

/** One cause: a change found once, with every place (operation, body, path) that reaches it. */
export interface FindingGroup extends Finding {
  /** `path` of each place that reaches the change, in walk order; the finding's own `path` first. */
  readonly places: readonly string[];
}

/**
 * Groups findings by cause: the same rule, message and pointers on both sides are one change
 * (a property removed from a shared schema), however many operations reach it. `expand` keeps
 * one finding a place.
 */
export function groupFindings(findings: readonly Finding[], expand = false): FindingGroup[] {
  if (expand) return findings.map((finding) => ({ ...finding, places: [finding.path] }));
  const groups = new Map<string, { first: Finding; places: string[] }>();
  for (const finding of findings) {
    const key = [finding.rule, finding.message, finding.base.pointer, finding.head.pointer].join("\u0000");
    const group = groups.get(key);
    if (group) group.places.push(finding.path);
    else groups.set(key, { first: finding, places: [finding.path] });
  }
  return [...groups.values()].map(({ first, places }) => ({ ...first, places }));
}
