import { flattenObject, named } from "../model/view.js";
import type { Model, ObjectNode, SchemaNode } from "../model/types.js";
import type { SchemaView } from "./types.js";

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
        kind: "object",
        properties: flat.properties,
        additionalProperties: flat.additionalProperties,
        extraRequired: [],
        typeAsserted: true,
      };
      node = merged;
    }
  }
  return { node, nullable: nullable || node.nullable, default: fallbackDefault, ref: site.kind === "ref" ? site.target : undefined };
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
