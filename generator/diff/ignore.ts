import { readFile } from "node:fs/promises";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import { SpecError } from "../errors.js";
import type { FindingGroup } from "./group.js";
import { findRule } from "./rules.js";
import type { Finding } from "./terms.js";

/**
 * An accepted change: findings of `rule`, narrowed to one operation (`POST /pets`) and/or one
 * JSON pointer (on either side); with neither, every finding of the rule.
 */
export interface IgnoreEntry {
  readonly rule: string;
  readonly pointer?: string | undefined;
  readonly operation?: string | undefined;
  readonly reason: string;
  readonly line: number;
}

const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

/**
 * Reads an ignore file: YAML (`- {rule, operation, pointer, reason}`) when it ends in .yaml/.yml,
 * else one entry a line, `rule-id [METHOD /path] [/json/pointer] # reason`, `#` starting a comment
 * line. A reason is required: an accepted break should say why it was accepted.
 */
export async function readIgnoreFile(file: string): Promise<IgnoreEntry[]> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new SpecError(
      "IO",
      `cannot read the ignore file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      { file },
    );
  }
  const entries = /\.ya?ml$/i.test(file) ? fromYaml(text, file) : fromLines(text, file);
  for (const entry of entries) {
    if (!findRule(entry.rule))
      throw new SpecError("STRUCTURE", `unknown rule ${JSON.stringify(entry.rule)} (docs/rules.md lists them)`, {
        file,
        line: entry.line,
      });
    if (entry.pointer !== undefined && entry.pointer !== "" && !entry.pointer.startsWith("/"))
      throw new SpecError("STRUCTURE", `not a JSON pointer: ${JSON.stringify(entry.pointer)}`, {
        file,
        line: entry.line,
      });
    if (entry.operation !== undefined && !/^[A-Za-z]+ \/\S*$/.test(entry.operation))
      throw new SpecError("STRUCTURE", `not an operation (METHOD /path): ${JSON.stringify(entry.operation)}`, {
        file,
        line: entry.line,
      });
    if (entry.reason.trim() === "")
      throw new SpecError("STRUCTURE", `ignoring ${entry.rule} needs a reason`, { file, line: entry.line });
  }
  return entries;
}

function fromLines(text: string, file: string): IgnoreEntry[] {
  const entries: IgnoreEntry[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const hash = line.search(/\s#/);
    const reason = hash < 0 ? "" : line.slice(hash).replace(/^\s#\s*/, "");
    const [rule, ...targets] = (hash < 0 ? line : line.slice(0, hash)).trim().split(/\s+/);
    let operation: string | undefined;
    if (targets.length >= 2 && METHODS.has(targets[0]!.toLowerCase()))
      operation = `${targets.shift()!.toUpperCase()} ${targets.shift()}`;
    if (targets.length > 1)
      throw new SpecError("STRUCTURE", "expected `rule-id [METHOD /path] [/json/pointer] # reason`", {
        file,
        line: i + 1,
      });
    entries.push({ rule: rule!, pointer: targets[0], operation, reason, line: i + 1 });
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
  if (!Array.isArray(value))
    throw new SpecError("STRUCTURE", "expected a list of {rule, operation, pointer, reason}", { file });
  return value.map((item: unknown, i) => {
    const entry = (item ?? {}) as Record<string, unknown>;
    const optional = (key: string) => {
      const field = entry[key];
      if (field !== undefined && typeof field !== "string")
        throw new SpecError("STRUCTURE", `entry ${i + 1}: ${key} must be a string`, { file });
      return field;
    };
    if (typeof entry.rule !== "string")
      throw new SpecError("STRUCTURE", `entry ${i + 1}: rule must be a string`, { file });
    const operation = optional("operation");
    return {
      rule: entry.rule,
      pointer: optional("pointer"),
      operation: operation === undefined ? undefined : normaliseOperation(operation),
      reason: typeof entry.reason === "string" ? entry.reason : "",
      line: i + 1,
    };
  });
}

function normaliseOperation(operation: string): string {
  const [method, ...rest] = operation.trim().split(/\s+/);
  return `${(method ?? "").toUpperCase()} ${rest.join(" ")}`;
}

/** `/pets/{petId}` and `/pets/{id}` are one operation, as the diff matches them. */
const samePath = (operation: string) => operation.replace(/\{[^}]*\}/g, "{}");

function matches(entry: IgnoreEntry, finding: Finding): boolean {
  if (entry.rule !== finding.rule) return false;
  if (
    entry.operation !== undefined &&
    (finding.operation === undefined || samePath(entry.operation) !== samePath(finding.operation))
  )
    return false;
  return (
    entry.pointer === undefined || entry.pointer === finding.head.pointer || entry.pointer === finding.base.pointer
  );
}

/** Splits findings into those still reported and those an entry accepted; also returns unused entries. */
export function applyIgnores(
  findings: readonly Finding[],
  entries: readonly IgnoreEntry[],
): { kept: Finding[]; ignored: Finding[]; unused: IgnoreEntry[] } {
  const used = new Set<IgnoreEntry>();
  const kept: Finding[] = [];
  const ignored: Finding[] = [];
  for (const finding of findings) {
    const entry = entries.find((candidate) => matches(candidate, finding));
    if (entry) {
      used.add(entry);
      ignored.push(finding);
    } else {
      kept.push(finding);
    }
  }
  return { kept, ignored, unused: entries.filter((entry) => !used.has(entry)) };
}

export const REASON_PLACEHOLDER = "TODO: say why this change is accepted";

/**
 * A baseline: one entry a cause, keyed by rule and by the pointer of what changed (the side where
 * it exists: the base for a removal, the head for an addition), and by operation when the change
 * is the operation's own; each with a reason to fill in. YAML for a `.yaml`/`.yml` file, else lines.
 */
export function baselineText(findings: readonly FindingGroup[], file: string): string {
  const entries = new Map<string, { rule: string; operation?: string; pointer: string }>();
  for (const finding of findings) {
    const pointer =
      finding.base.pointer.length >= finding.head.pointer.length ? finding.base.pointer : finding.head.pointer;
    const operation = finding.places.length === 1 ? finding.operation : undefined;
    const entry =
      operation === undefined ? { rule: finding.rule, pointer } : { rule: finding.rule, operation, pointer };
    entries.set(JSON.stringify(entry), entry);
  }
  const header =
    "# Accepted changes, written by `specgen diff --write-ignore`: replace each TODO with the reason the change is accepted.\n";
  if (/\.ya?ml$/i.test(file)) {
    return (
      header +
      [...entries.values()]
        .map((entry) => `${stringifyYaml([{ ...entry, reason: REASON_PLACEHOLDER }]).trimEnd()}\n`)
        .join("")
    );
  }
  const lines = [...entries.values()].map((entry) => {
    // A line splits at whitespace: a pointer holding some only fits in the YAML form.
    if (/\s/.test(entry.pointer))
      return `# ${entry.rule}: pointer ${JSON.stringify(entry.pointer)} holds whitespace; write a .yaml baseline to keep it`;
    return `${entry.rule} ${entry.operation === undefined ? "" : `${entry.operation} `}${entry.pointer} # ${REASON_PLACEHOLDER}`;
  });
  return `${header}# One line a change: rule-id [METHOD /path] [/json/pointer] # reason\n${lines.join("\n")}\n`;
}
