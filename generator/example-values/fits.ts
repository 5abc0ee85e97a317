import type { JsonValue, Model, SchemaNode } from "../model/model.js";
import { patternRegExp } from "../pattern/compile.js";
import { kindOfValue } from "../model/holds-no-value.js";
import { named, resolveRefs, untypedKind } from "../model/view.js";
import { formatMismatch } from "./formats.js";

/**
 * A small JSON Schema check of one value against one model node, for the examples emitter only:
 * it decides whether a spec example can be shown as it is, as a wire value and as a literal of
 * the SDK type. It returns the first reason the value does not fit, or `undefined`. (The compiled
 * validators are a separate output; this must not depend on them.)
 */
export function mismatch(value: JsonValue, node: SchemaNode, model: Model): string | undefined {
  return check(value, node, model, 0);
}

export function fits(value: JsonValue, node: SchemaNode, model: Model): boolean {
  return mismatch(value, node, model) === undefined;
}

/** A recursive schema applied to a finite value always ends; this only stops `allOf: [$ref self]`-like loops. */
const MAX_DEPTH = 256;

function isObject(value: JsonValue): value is { [key: string]: JsonValue } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function typeName(value: JsonValue): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

export function jsonEqual(a: JsonValue, b: JsonValue): boolean {
  if (a === b) return true;
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]!));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && jsonEqual(a[key]!, b[key]!))
    );
  }
  return false;
}

function check(value: JsonValue, node: SchemaNode, model: Model, depth: number): string | undefined {
  if (depth > MAX_DEPTH) return undefined;
  if (value === null && node.nullable) return undefined;
  if (node.not && check(value, node.not, model, depth + 1) === undefined) return "matches the schema under `not`";
  const shape = checkShape(value, node, model, depth);
  return shape;
}

function checkShape(value: JsonValue, node: SchemaNode, model: Model, depth: number): string | undefined {
  // A type's keywords without `type` (`maxLength` beside a `$ref` to an object) let other types
  // through. Properties or required names without `type` still make the SDK type an object, and
  // an example is a literal of that type too: `[…]` for such an object (telnyx.com, TS2559) or a
  // string for `{required: [a, b]}` (rudder.example.local, TS2322) does not compile.
  const untyped = untypedKind(node);
  if (untyped !== undefined && untyped !== kindOfValue(value))
    return node.kind === "object" && (node.properties.length > 0 || node.extraRequired.length > 0)
      ? `expected object (its keywords make its type an object), got ${typeName(value)}`
      : undefined;
  switch (node.kind) {
    case "any":
      return undefined;
    case "never":
      return "the schema accepts no value";
    case "null":
      return value === null ? undefined : `expected null, got ${typeName(value)}`;
    case "boolean":
      return typeof value === "boolean" ? undefined : `expected boolean, got ${typeName(value)}`;
    case "number":
      return checkNumber(value, node);
    case "string":
      return checkString(value, node);
    case "enum":
      return node.values.some((allowed) => jsonEqual(allowed, value))
        ? undefined
        : `${JSON.stringify(value)} is not one of ${JSON.stringify(node.values)}`;
    case "ref":
      return check(value, named(model, node.target).schema, model, depth + 1);
    case "array":
      return checkArray(value, node, model, depth);
    case "object":
      return checkObject(value, node, model, depth);
    case "allOf": {
      // Keywords of several types without `type`: each applies to values of its own type, which
      // the SDK type (their union) needs the value to be one of.
      if (node.byKind === true) {
        const own = node.members.filter((member) => untypedKind(member) === kindOfValue(value));
        if (own.length === 0)
          return `expected ${node.members.map((member) => untypedKind(member)).join(" or ")} (the types its keywords give it), got ${typeName(value)}`;
        for (const member of own) {
          const reason = check(value, member, model, depth + 1);
          if (reason !== undefined) return reason;
        }
        return undefined;
      }
      for (const member of node.members) {
        const reason = check(value, member, model, depth + 1);
        if (reason !== undefined) return reason;
      }
      return undefined;
    }
    case "union": {
      const reasons = node.members.map((member) => check(value, member, model, depth + 1));
      const matching = reasons.filter((reason) => reason === undefined).length;
      if (matching === 0) return reasons.find((reason) => reason !== undefined) ?? "matches no member";
      if (node.mode === "oneOf" && matching > 1) return `matches ${matching} members of a oneOf`;
      return undefined;
    }
  }
}

function checkNumber(value: JsonValue, node: Extract<SchemaNode, { kind: "number" }>): string | undefined {
  if (typeof value !== "number") return `expected ${node.integer ? "integer" : "number"}, got ${typeName(value)}`;
  if (node.integer && !Number.isInteger(value)) return `expected integer, got ${value}`;
  if (node.minimum !== undefined && value < node.minimum) return `${value} is below the minimum ${node.minimum}`;
  if (node.maximum !== undefined && value > node.maximum) return `${value} is above the maximum ${node.maximum}`;
  if (node.exclusiveMinimum !== undefined && value <= node.exclusiveMinimum)
    return `${value} is not above ${node.exclusiveMinimum}`;
  if (node.exclusiveMaximum !== undefined && value >= node.exclusiveMaximum)
    return `${value} is not below ${node.exclusiveMaximum}`;
  if (node.multipleOf !== undefined && node.multipleOf > 0 && !isMultiple(value, node.multipleOf))
    return `${value} is not a multiple of ${node.multipleOf}`;
  return undefined;
}

function isMultiple(value: number, step: number): boolean {
  const quotient = value / step;
  return Math.abs(quotient - Math.round(quotient)) < 1e-9;
}

/** Length in code points, as JSON Schema counts it. */
export function codePointLength(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}

export { patternRegExp };

function checkString(value: JsonValue, node: Extract<SchemaNode, { kind: "string" }>): string | undefined {
  if (typeof value !== "string") return `expected string, got ${typeName(value)}`;
  const length = codePointLength(value);
  if (node.minLength !== undefined && length < node.minLength) return `shorter than minLength ${node.minLength}`;
  if (node.maxLength !== undefined && length > node.maxLength) return `longer than maxLength ${node.maxLength}`;
  if (node.pattern !== undefined && patternRegExp(node.pattern)?.test(value) === false)
    return `does not match the pattern ${node.pattern}`;
  if (node.format !== undefined) return formatMismatch(value, node.format);
  return undefined;
}

function checkArray(
  value: JsonValue,
  node: Extract<SchemaNode, { kind: "array" }>,
  model: Model,
  depth: number,
): string | undefined {
  if (!Array.isArray(value)) return `expected array, got ${typeName(value)}`;
  if (node.minItems !== undefined && value.length < node.minItems) return `fewer than minItems ${node.minItems} items`;
  if (node.maxItems !== undefined && value.length > node.maxItems) return `more than maxItems ${node.maxItems} items`;
  const prefix = node.prefixItems ?? [];
  for (let i = 0; i < value.length; i++) {
    const reason = check(value[i]!, prefix[i] ?? node.items, model, depth + 1);
    if (reason !== undefined) return `item ${i}: ${reason}`;
  }
  if (node.uniqueItems === true) {
    for (let i = 0; i < value.length; i++)
      for (let j = i + 1; j < value.length; j++)
        if (jsonEqual(value[i]!, value[j]!)) return `items ${i} and ${j} are equal`;
  }
  if (node.contains) {
    const count = value.filter((item) => check(item, node.contains!, model, depth + 1) === undefined).length;
    if (count < (node.minContains ?? 1)) return "too few items match `contains`";
    if (node.maxContains !== undefined && count > node.maxContains) return "too many items match `contains`";
  }
  return undefined;
}

function checkObject(
  value: JsonValue,
  node: Extract<SchemaNode, { kind: "object" }>,
  model: Model,
  depth: number,
): string | undefined {
  if (!isObject(value)) return `expected object, got ${typeName(value)}`;
  for (const property of node.properties) {
    if (!Object.hasOwn(value, property.wireName)) {
      if (property.required) return `the required property ${JSON.stringify(property.wireName)} is missing`;
      continue;
    }
    const reason = check(value[property.wireName]!, property.schema, model, depth + 1);
    if (reason !== undefined) return `${JSON.stringify(property.wireName)}: ${reason}`;
  }
  for (const name of node.extraRequired)
    if (!Object.hasOwn(value, name)) return `the required property ${JSON.stringify(name)} is missing`;
  const keys = Object.keys(value);
  if (node.minProperties !== undefined && keys.length < node.minProperties)
    return `fewer than minProperties ${node.minProperties} properties`;
  if (node.maxProperties !== undefined && keys.length > node.maxProperties)
    return `more than maxProperties ${node.maxProperties} properties`;
  const declared = new Set(node.properties.map((property) => property.wireName));
  for (const key of keys) {
    if (node.propertyNames) {
      const reason = check(propertyNameValue(key, node.propertyNames, model), node.propertyNames, model, depth + 1);
      if (reason !== undefined) return `property name ${JSON.stringify(key)}: ${reason}`;
    }
    if (declared.has(key)) continue;
    let matchedPattern = false;
    for (const { pattern, schema } of node.patternProperties ?? []) {
      if (patternRegExp(pattern)?.test(key) !== true) continue;
      matchedPattern = true;
      const reason = check(value[key]!, schema, model, depth + 1);
      if (reason !== undefined) return `${JSON.stringify(key)}: ${reason}`;
    }
    if (matchedPattern) continue;
    const additional = node.additionalProperties;
    if (additional === false) return `the property ${JSON.stringify(key)} is not allowed`;
    if (additional !== true) {
      const reason = check(value[key]!, additional, model, depth + 1);
      if (reason !== undefined) return `${JSON.stringify(key)}: ${reason}`;
    }
  }
  return undefined;
}

const NUMERIC_KEY = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;

/**
 * A key as `propertyNames` reads it. Keys are strings, but code-first generators write a map
 * with integer keys (`HashMap<u32, f32>`, token ids) as `propertyNames: {type: integer}`: a
 * numeric-looking key is then checked as the number it spells, so such a map is not limited to `{}`.
 */
export function propertyNameValue(key: string, propertyNames: SchemaNode, model: Model): JsonValue {
  return NUMERIC_KEY.test(key) && resolveRefs(model, propertyNames).kind === "number" ? Number(key) : key;
}
