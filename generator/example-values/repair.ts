import type { Warning } from "../errors.js";
import type { JsonValue, Model, SchemaNode, SpecValue } from "../model/model.js";
import { mismatch } from "./fits.js";

/** Collects warnings once per (code, pointer), however often a node is visited. */
export class WarningLog {
  private readonly seen = new Map<string, Warning>();
  constructor(private readonly file: string) {}

  add(code: string, pointer: string, message: string): void {
    const key = `${code} ${pointer}`;
    if (!this.seen.has(key)) this.seen.set(key, { code, message, file: this.file, pointer });
  }

  /** In pointer order, so that the report does not depend on which page visited a node first. */
  list(): Warning[] {
    return [...this.seen.values()].sort((a, b) =>
      a.pointer! < b.pointer! ? -1 : a.pointer! > b.pointer! ? 1 : a.code < b.code ? -1 : 1,
    );
  }
}

/** A value for a message: JSON, cut short when long. */
export function shortJson(value: JsonValue): string {
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

const JSON_CALL = /^\s*json\(([\s\S]*)\)\s*$/;

/** The values a string example may stand for: its JSON, or the JSON inside `json(…)`. */
function parsedForms(text: string): JsonValue[] {
  const forms: JsonValue[] = [];
  for (const source of [text, JSON_CALL.exec(text)?.[1]]) {
    if (source === undefined) continue;
    try {
      forms.push(JSON.parse(source) as JsonValue);
    } catch {
      // not JSON: nothing to recover from this form
    }
  }
  return forms;
}

/**
 * The first of a node's spec examples that fits it, as it is or (for a string example on a
 * schema that wants something else) parsed from it. Every example passed over on the way is
 * reported with its pointer. `undefined` when none is usable: the caller synthesises a value.
 */
export function usableExample(
  examples: readonly SpecValue[],
  node: SchemaNode,
  model: Model,
  log: WarningLog,
): { value: JsonValue } | undefined {
  for (const example of examples) {
    const reason = mismatch(example.value, node, model);
    if (reason === undefined) return { value: example.value };
    if (typeof example.value === "string") {
      const parsed = parsedForms(example.value).find((form) => mismatch(form, node, model) === undefined);
      if (parsed !== undefined) {
        log.add(
          "EXAMPLE_PARSED",
          example.pointer,
          `example ${shortJson(example.value)} does not fit its schema (${reason}); using the value parsed from it, ${shortJson(parsed)}`,
        );
        return { value: parsed };
      }
    }
    log.add(
      "EXAMPLE_INVALID",
      example.pointer,
      `example ${shortJson(example.value)} does not fit its schema (${reason}); ignored, a value is synthesised from the schema instead`,
    );
  }
  return undefined;
}

/** The node's default when it fits; an invalid one is dropped with a warning. */
export function usableDefault(node: SchemaNode, model: Model, log: WarningLog): { value: JsonValue } | undefined {
  if (!node.default) return undefined;
  const reason = mismatch(node.default.value, node, model);
  if (reason === undefined) return { value: node.default.value };
  log.add(
    "DEFAULT_INVALID",
    node.default.pointer,
    `default ${shortJson(node.default.value)} does not fit its schema (${reason}); dropped`,
  );
  return undefined;
}
