import type { Model, NamedSchema, ObjectNode, Property, SchemaNode } from "./model.js";

/** The named schema a `ref` node points to. */
export function named(model: Model, key: string): NamedSchema {
  const schema = model.schemas.get(key);
  if (!schema) throw new Error(`internal: no schema named ${key}`);
  return schema;
}

/** Follows `ref` nodes to the first node that is not one (a cycle of pure refs is refused at load). */
export function resolveRefs(model: Model, node: SchemaNode): SchemaNode {
  let current = node;
  for (let hops = 0; current.kind === "ref"; hops++) {
    if (hops > 64) throw new Error(`internal: $ref chain too long at ${node.pointer}`);
    current = named(model, current.target).schema;
  }
  return current;
}

/** One object with every property: what `flattenObject` returns. */
export interface FlatObject {
  readonly properties: readonly Property[];
  readonly additionalProperties: ObjectNode["additionalProperties"];
  readonly source: ObjectNode | undefined;
  /** Required names no member declares a property for, each with the member that requires it. */
  readonly extraRequired: readonly { readonly name: string; readonly owner: ObjectNode }[];
}

/**
 * Reads an object or an `allOf` of objects as one object: the properties of each member in
 * order, a later member's property replacing a same-named one whole, in place; a property is
 * required when any member requires it. `undefined` when the node is not object-shaped.
 */
export function flattenObject(model: Model, node: SchemaNode, seen: Set<string> = new Set()): FlatObject | undefined {
  if (node.kind === "ref") {
    if (seen.has(node.target)) return undefined;
    return flattenObject(model, named(model, node.target).schema, new Set([...seen, node.target]));
  }
  if (node.kind === "object")
    return {
      properties: node.properties,
      additionalProperties: openValues(node),
      source: node,
      extraRequired: node.extraRequired.map((name) => ({ name, owner: node })),
    };
  if (node.kind !== "allOf") return undefined;
  const order: string[] = [];
  const byName = new Map<string, Property>();
  const requiredAnywhere = new Set<string>();
  const undeclared = new Map<string, ObjectNode>();
  let additionalProperties: ObjectNode["additionalProperties"] = true;
  for (const member of node.members) {
    const flat = flattenObject(model, member, seen);
    if (!flat) return undefined;
    for (const property of flat.properties) {
      if (!byName.has(property.wireName)) order.push(property.wireName);
      byName.set(property.wireName, property);
      if (property.required) requiredAnywhere.add(property.wireName);
    }
    // `required` in one member applies to a property another member declares (`allOf: [$ref
    // Base, {required: [id]}]`), and to names no member declares.
    for (const { name, owner } of flat.extraRequired) {
      requiredAnywhere.add(name);
      if (!undeclared.has(name)) undeclared.set(name, owner);
    }
    if (flat.additionalProperties === false) additionalProperties = false;
    else if (additionalProperties === true && typeof flat.additionalProperties === "object")
      additionalProperties = flat.additionalProperties;
  }
  const properties = order.map((wireName) => {
    const property = byName.get(wireName)!;
    return requiredAnywhere.has(wireName) && !property.required ? { ...property, required: true } : property;
  });
  const extraRequired = [...undeclared].filter(([name]) => !byName.has(name)).map(([name, owner]) => ({ name, owner }));
  return { properties, additionalProperties, source: undefined, extraRequired };
}

/**
 * What keys other than the named properties may hold: `additionalProperties`, widened by the
 * `patternProperties` schemas (an index signature cannot say which keys match a pattern).
 */
export function openValues(node: ObjectNode): ObjectNode["additionalProperties"] {
  const patterns = node.patternProperties ?? [];
  if (patterns.length === 0) return node.additionalProperties;
  const members = patterns.map((entry) => entry.schema);
  if (node.additionalProperties === true) return true;
  if (typeof node.additionalProperties === "object") members.push(node.additionalProperties);
  return members.length === 1
    ? members[0]!
    : { kind: "union", mode: "anyOf", members, pointer: node.pointer, examples: [], nullable: false };
}

/**
 * The type whose keywords a node holds without `type` (`{maxLength: 2}`, `{required: [id]}`):
 * JSON Schema applies them to values of that type only and lets every other value through.
 * `undefined` when the spec asserted the node's type. (Validators read `typeAsserted` directly: check the type or not.)
 */
export function untypedKind(node: SchemaNode): "object" | "string" | "number" | "array" | undefined {
  switch (node.kind) {
    case "object":
      return node.typeAsserted ? undefined : "object";
    case "string":
    case "number":
    case "array":
      return node.typeAsserted === false ? node.kind : undefined;
    default:
      return undefined;
  }
}
