import { flattenObject, named } from "../model/view.js";
import type { Model, ObjectNode, SchemaNode } from "../model/model.js";
import type { SchemaView } from "./terms.js";

/**
 * What a schema site means, whatever way it is spelled: `$ref`s followed (a schema inlined or
 * extracted reads the same) and an `allOf` of objects merged into one object (regrouping its
 * members reads the same). `reached` collects every named schema passed through.
 */
export function viewOf(model: Model, site: SchemaNode, reached: Set<string>): SchemaView {
  let node = site;
  let nullable = site.nullable;
  let fallbackDefault = site.default;
  for (let hops = 0; node.kind === "ref"; hops++) {
    if (hops > 64) throw new Error(`internal: $ref chain too long at ${site.pointer}`);
    reached.add(node.target);
    node = named(model, node.target).schema;
    nullable ||= node.nullable;
    fallbackDefault ??= node.default;
  }
  if (node.kind === "allOf") {
    markAllOfRefs(model, node, reached, new Set());
    const flat = flattenObject(model, node);
    if (flat) {
      const merged: ObjectNode = {
        ...node,
        nullable: acceptsNull(model, node, new Set()),
        kind: "object",
        properties: flat.properties,
        additionalProperties: flat.additionalProperties,
        extraRequired: [],
        typeAsserted: true,
      };
      node = merged;
    }
  }
  return {
    node,
    nullable: nullable || acceptsNull(model, node, new Set()),
    default: fallbackDefault,
    ref: site.kind === "ref" ? site.target : undefined,
  };
}

/**
 * Whether `null` passes, judged by what the schema accepts rather than by a flag: `{}` takes
 * everything, an `allOf` takes null when every member does (a 3.0 `nullable` object beside
 * `anyOf` clauses that only list `required` names), a union when one member does.
 */
export function acceptsNull(model: Model, node: SchemaNode, seen: Set<string>, inAllOf = false): boolean {
  if (node.nullable || node.kind === "any" || node.kind === "null") return true;
  switch (node.kind) {
    case "ref":
      if (seen.has(node.target)) return false;
      return acceptsNull(model, named(model, node.target).schema, new Set([...seen, node.target]), inAllOf);
    case "object":
      // Object keywords without `type` let null through; only counted inside an `allOf`, where
      // such a clause narrows the other members instead of standing alone.
      return inAllOf && !node.typeAsserted;
    case "allOf":
      return node.members.every((member) => acceptsNull(model, member, seen, true));
    case "union":
      return node.members.some((member) => acceptsNull(model, member, seen, inAllOf));
    default:
      return false;
  }
}

function markAllOfRefs(model: Model, node: SchemaNode, reached: Set<string>, seen: Set<string>): void {
  if (node.kind === "ref") {
    reached.add(node.target);
    if (seen.has(node.target)) return;
    seen.add(node.target);
    markAllOfRefs(model, named(model, node.target).schema, reached, seen);
  } else if (node.kind === "allOf") {
    for (const member of node.members) markAllOfRefs(model, member, reached, seen);
  }
}
