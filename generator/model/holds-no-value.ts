import type { Model, ObjectNode, SchemaNode } from "./model.js";
import { untypedKind } from "./view.js";

export type JsonKind = "null" | "boolean" | "number" | "string" | "array" | "object";
const ALL: ReadonlySet<JsonKind> = new Set(["null", "boolean", "number", "string", "array", "object"]);

/**
 * True when no JSON value satisfies the node: `false`, an `allOf` whose members admit no common
 * type (`string` and `integer`), an object that requires such a property or a name it cannot hold
 * (`additionalProperties: false`), or more names than `maxProperties`, a union of nothing.
 * Its TypeScript type is `never`: it gets no example and no snippet. Conservative: `false`
 * means "perhaps satisfiable", never the reverse. Recursion through references stops at a cycle.
 */
export function holdsNoValue(model: Model, node: SchemaNode, open: ReadonlySet<string> = new Set()): boolean {
  return kindsOf(model, node, open).size === 0;
}

function kindsOf(model: Model, node: SchemaNode, open: ReadonlySet<string>): ReadonlySet<JsonKind> {
  const kinds = shapeKinds(model, node, open);
  return node.nullable && !kinds.has("null") ? new Set([...kinds, "null"]) : kinds;
}

function shapeKinds(model: Model, node: SchemaNode, open: ReadonlySet<string>): ReadonlySet<JsonKind> {
  switch (node.kind) {
    case "any":
      return ALL;
    case "never":
      return new Set();
    case "null":
    case "boolean":
      return new Set([node.kind]);
    case "number":
    case "string":
      // Keywords without `type` (`{maxLength: 80}` beside a `$ref` in 3.1) let every other type through.
      return untypedKind(node) !== undefined ? ALL : new Set([node.kind]);
    case "enum":
      return new Set(node.values.map(kindOfValue));
    case "ref": {
      const target = model.schemas.get(node.target);
      if (target === undefined || open.has(node.target)) return ALL;
      // Cached per model: a result cut short by a cycle says "anything", which only errs on the safe side.
      const cache = cacheOf(model);
      const known = cache.get(node.target);
      if (known !== undefined) return known;
      const kinds = kindsOf(model, target.schema, new Set([...open, node.target]));
      cache.set(node.target, kinds);
      return kinds;
    }
    case "array": {
      const needed = Math.max(node.minItems ?? 0, 0);
      const prefix = node.prefixItems ?? [];
      const required = prefix.slice(0, needed);
      const emptyItem =
        required.some((item) => holdsNoValue(model, item, open)) ||
        (needed > prefix.length && holdsNoValue(model, node.items, open));
      if (untypedKind(node) !== undefined) return emptyItem ? without(ALL, "array") : ALL;
      return emptyItem ? new Set() : new Set(["array"]);
    }
    case "object": {
      const emptyRequired =
        node.properties.some((property) => property.required && holdsNoValue(model, property.schema, open)) ||
        (node.extraRequired.length > 0 && !holdsUndeclaredNames(model, node, open)) ||
        requiredCount(node) > (node.maxProperties ?? Number.POSITIVE_INFINITY);
      const untyped = untypedKind(node) !== undefined;
      if (emptyRequired) return untyped ? without(ALL, "object") : new Set();
      return untyped ? ALL : new Set(["object"]);
    }
    case "union": {
      const out = new Set<JsonKind>();
      for (const member of node.members) for (const kind of kindsOf(model, member, open)) out.add(kind);
      return out;
    }
    case "allOf": {
      let out: ReadonlySet<JsonKind> = ALL;
      for (const member of node.members) {
        const kinds = kindsOf(model, member, open);
        out = new Set([...out].filter((kind) => kinds.has(kind)));
      }
      // `additionalProperties: false` with no properties beside members that require one
      // (linqr.app's ContactData): the only objects allowed are empty, and none of those fits.
      const closedEmpty = node.members.some(
        (member) => member.kind === "object" && holdsOnlyEmptyObjects(model, member, open),
      );
      if (out.has("object") && closedEmpty && node.members.some((member) => requiresAProperty(model, member, 0)))
        return without(out, "object");
      return out;
    }
  }
}

/**
 * Whether an object may hold a name none of its properties declares: only through
 * `additionalProperties`, unless a pattern property might match it (patterns are not evaluated
 * here: conservatively "yes").
 */
function holdsUndeclaredNames(model: Model, node: ObjectNode, open: ReadonlySet<string>): boolean {
  if ((node.patternProperties?.length ?? 0) > 0) return true;
  const rest = node.additionalProperties;
  if (rest === true) return true;
  if (rest === false) return false;
  return !holdsNoValue(model, rest, open);
}

/** An object schema whose objects can hold no property at all. */
function holdsOnlyEmptyObjects(model: Model, node: ObjectNode, open: ReadonlySet<string>): boolean {
  return node.properties.length === 0 && !holdsUndeclaredNames(model, node, open);
}

/** True when every object the node accepts has at least one property (conservative: `false` when unsure). */
function requiresAProperty(model: Model, node: SchemaNode, depth: number): boolean {
  if (depth > 16) return false;
  switch (node.kind) {
    case "ref": {
      const target = model.schemas.get(node.target);
      return target !== undefined && requiresAProperty(model, target.schema, depth + 1);
    }
    case "object":
      return (
        node.properties.some((property) => property.required) ||
        node.extraRequired.length > 0 ||
        (node.minProperties ?? 0) > 0
      );
    case "union":
      return node.members.length > 0 && node.members.every((member) => requiresAProperty(model, member, depth + 1));
    case "allOf":
      return node.members.some((member) => requiresAProperty(model, member, depth + 1));
    default:
      return false;
  }
}

/** The JSON types of the values a node may accept (an empty set: it accepts none). */
export function acceptedKinds(model: Model, node: SchemaNode): ReadonlySet<JsonKind> {
  return kindsOf(model, node, new Set());
}

/** The number of distinct names the object must hold. */
function requiredCount(node: ObjectNode): number {
  const names = new Set(node.extraRequired);
  for (const property of node.properties) if (property.required) names.add(property.wireName);
  return names.size;
}

const caches = new WeakMap<Model, Map<string, ReadonlySet<JsonKind>>>();

function cacheOf(model: Model): Map<string, ReadonlySet<JsonKind>> {
  let cache = caches.get(model);
  if (cache === undefined) caches.set(model, (cache = new Map()));
  return cache;
}

/** The JSON type of a value, as JSON Schema names types (no integer: a number). */
export function kindOfValue(value: unknown): JsonKind {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value as "boolean" | "number" | "string" | "object";
}

function without(kinds: ReadonlySet<JsonKind>, kind: JsonKind): ReadonlySet<JsonKind> {
  return new Set([...kinds].filter((entry) => entry !== kind));
}
