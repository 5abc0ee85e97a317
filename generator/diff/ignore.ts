import { readFile } from "node:fs/promises";
import { parse as parseYaml } from "yaml";
import { SpecError } from "../errors.js";
import { findRule } from "./rules.js";
import type { Finding } from "./types.js";

/** An accepted change: findings of `rule` at `pointer` (on either side) are not reported. */
export interface IgnoreEntry {
  readonly rule: string;
  readonly pointer: string;
  readonly reason: string;
  readonly line: number;
}

/**
 * Reads an ignore file: YAML (`- {rule, pointer, reason}`) when it ends in .yaml/.yml, else one
 * entry a line, `rule-id /json/pointer # reason`, `#` starting a comment line. A reason is required:
 * an accepted break should say why it was accepted.
 */
export async function readIgnoreFile(file: string): Promise<IgnoreEntry[]> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new SpecError("IO", `cannot read the ignore file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { file });
  }
  const entries = /\.ya?ml$/i.test(file) ? fromYaml(text, file) : fromLines(text, file);
  for (const entry of entries) {
    if (!findRule(entry.rule)) throw new SpecError("STRUCTURE", `unknown rule ${JSON.stringify(entry.rule)} (docs/rules.md lists them)`, { file, line: entry.line });
    if (entry.pointer !== "" && !entry.pointer.startsWith("/")) throw new SpecError("STRUCTURE", `not a JSON pointer: ${JSON.stringify(entry.pointer)}`, { file, line: entry.line });
    if (entry.reason.trim() === "") throw new SpecError("STRUCTURE", `ignoring ${entry.rule} needs a reason`, { file, line: entry.line });
  }
  return entries;
}

function fromLines(text: string, file: string): IgnoreEntry[] {
  const entries: IgnoreEntry[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const match = /^(\S+)\s+(\S+)\s*(?:#\s*(.*))?$/.exec(line);
    if (!match) throw new SpecError("STRUCTURE", "expected `rule-id /json/pointer # reason`", { file, line: i + 1 });
    entries.push({ rule: match[1]!, pointer: match[2]!, reason: match[3] ?? "", line: i + 1 });
  });
  return entries;
}

function fromYaml(text: string, file: string): IgnoreEntry[] {
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (error) {
    throw new SpecError("PARSE", `malformed YAML: ${(error as Error).message.split("\n")[0]}`, { file });
  }
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new SpecError("STRUCTURE", "expected a list of {rule, pointer, reason}", { file });
  return value.map((item: unknown, i) => {
    const entry = (item ?? {}) as Record<string, unknown>;
    if (typeof entry.rule !== "string" || typeof entry.pointer !== "string") throw new SpecError("STRUCTURE", `entry ${i + 1}: rule and pointer must be strings`, { file });
    return { rule: entry.rule, pointer: entry.pointer, reason: typeof entry.reason === "string" ? entry.reason : "", line: i + 1 };
  });
}

/** Splits findings into those still reported and those an entry accepted; also returns unused entries. */
export function applyIgnores(findings: readonly Finding[], entries: readonly IgnoreEntry[]): { kept: Finding[]; ignored: Finding[]; unused: IgnoreEntry[] } {
  const used = new Set<IgnoreEntry>();
  const kept: Finding[] = [];
  const ignored: Finding[] = [];
  for (const finding of findings) {
    const entry = entries.find((e) => e.rule === finding.rule && (e.pointer === finding.head.pointer || e.pointer === finding.base.pointer));
    if (entry) {
      used.add(entry);
      ignored.push(finding);
    } else {
      kept.push(finding);
    }
  }
  return { kept, ignored, unused: entries.filter((entry) => !used.has(entry)) };
}
