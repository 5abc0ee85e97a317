import type { JsonValue, NumberNode, ObjectNode, SchemaNode } from "../model/model.js";

/**
 * How the set of values `head` accepts relates to what `base` accepted, judged on the kind alone
 * (constraints are separate rules): `narrowed` accepts fewer, `widened` more.
 */
export type KindRelation = "same" | "narrowed" | "widened" | "changed";

export function kindRelation(base: SchemaNode, head: SchemaNode): KindRelation {
  // Unions are compared member by member, and an `allOf` that is not all objects member by member.
  if (base.kind === "union" || head.kind === "union" || base.kind === "allOf" || head.kind === "allOf") return "same";
  if (base.kind === head.kind) {
    if (base.kind === "number" && head.kind === "number" && base.integer !== head.integer)
      return head.integer ? "narrowed" : "widened";
    return "same";
  }
  if (base.kind === "any") return "narrowed";
  if (head.kind === "any") return "widened";
  if (head.kind === "enum" && head.values.every((value) => accepts(base, value))) return "narrowed";
  if (base.kind === "enum" && base.values.every((value) => accepts(head, value))) return "widened";
  return "changed";
}

/** Whether a plain typed node takes this value by type alone. */
function accepts(node: SchemaNode, value: JsonValue): boolean {
  switch (node.kind) {
    case "string":
      return typeof value === "string";
    case "number":
      return typeof value === "number" && (!node.integer || Number.isInteger(value));
    case "boolean":
      return typeof value === "boolean";
    default:
      return false;
  }
}

export function kindName(node: SchemaNode): string {
  switch (node.kind) {
    case "number":
      return node.integer ? "integer" : "number";
    case "enum":
      return `enum [${node.values.map((value) => JSON.stringify(value)).join(", ")}]`;
    case "union":
      return node.mode;
    case "ref":
      return node.target;
    default:
      return node.kind;
  }
}

export interface Bound {
  readonly value: number;
  readonly exclusive: boolean;
}

export function lowerBound(node: NumberNode): Bound | undefined {
  return tighter(node.minimum, node.exclusiveMinimum, (a, b) => a > b);
}

export function upperBound(node: NumberNode): Bound | undefined {
  return tighter(node.maximum, node.exclusiveMaximum, (a, b) => a < b);
}

function tighter(
  inclusive: number | undefined,
  exclusive: number | undefined,
  beyond: (a: number, b: number) => boolean,
): Bound | undefined {
  if (inclusive === undefined) return exclusive === undefined ? undefined : { value: exclusive, exclusive: true };
  if (exclusive === undefined) return { value: inclusive, exclusive: false };
  return beyond(inclusive, exclusive) ? { value: inclusive, exclusive: false } : { value: exclusive, exclusive: true };
}

/** True when `head` (a lower bound) lets through fewer values than `base`. */
export function lowerRaised(base: Bound | undefined, head: Bound | undefined): boolean {
  if (head === undefined) return false;
  if (base === undefined) return true;
  return head.value > base.value || (head.value === base.value && head.exclusive && !base.exclusive);
}

/** True when `head` (an upper bound) lets through fewer values than `base`. */
export function upperLowered(base: Bound | undefined, head: Bound | undefined): boolean {
  if (head === undefined) return false;
  if (base === undefined) return true;
  return head.value < base.value || (head.value === base.value && head.exclusive && !base.exclusive);
}

export function showBound(bound: Bound | undefined, side: "min" | "max"): string {
  if (bound === undefined) return "none";
  return `${side === "min" ? (bound.exclusive ? ">" : ">=") : bound.exclusive ? "<" : "<="} ${bound.value}`;
}

/** True when a count limit went up (`min…` keywords): absent counts as 0. */
export function minRaised(base: number | undefined, head: number | undefined): boolean {
  return (head ?? 0) > (base ?? 0);
}

/** True when a count limit went down (`max…` keywords): absent counts as unlimited. */
export function maxLowered(base: number | undefined, head: number | undefined): boolean {
  return head !== undefined && (base === undefined || head < base);
}

/** A new `multipleOf` rejects values the old accepted unless the old one is a multiple of it. */
export function multipleOfTightened(base: number | undefined, head: number | undefined): boolean {
  if (head === undefined || head === base) return false;
  if (base === undefined) return true;
  const ratio = base / head;
  return !(Math.abs(ratio - Math.round(ratio)) < 1e-9);
}

/** Canonical text of a JSON value, key order ignored, so reordered objects compare equal. */
export function canonical(value: JsonValue | undefined): string {
  if (value === undefined) return "undefined";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  return `{${Object.keys(value)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
    .join(",")}}`;
}

export function enumDifference(
  base: readonly JsonValue[],
  head: readonly JsonValue[],
): { removed: JsonValue[]; added: JsonValue[] } {
  const baseKeys = new Set(base.map(canonical));
  const headKeys = new Set(head.map(canonical));
  return {
    removed: base.filter((value) => !headKeys.has(canonical(value))),
    added: head.filter((value) => !baseKeys.has(canonical(value))),
  };
}

export function listValues(values: readonly JsonValue[]): string {
  return values.map((value) => JSON.stringify(value)).join(", ");
}

/** `additionalProperties` now rejects extra keys it took before (`true` → schema or `false`, schema → `false`). */
export function additionalTightened(
  base: ObjectNode["additionalProperties"],
  head: ObjectNode["additionalProperties"],
): boolean {
  if (head === true || base === false) return false;
  if (base === true) return true;
  return head === false;
}

export function isSuccess(status: string): boolean {
  return /^2(\d\d|XX)$/i.test(status);
}
