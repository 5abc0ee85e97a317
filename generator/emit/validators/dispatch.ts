import type { Model, SchemaNode, UnionNode } from "../../model/types.js";
import { resolveRefs } from "../../model/view.js";

type Tag = string | number | boolean;

export interface DispatchTable {
  /** Wire name of the discriminating property. */
  readonly tag: string;
  readonly cases: readonly { readonly values: readonly Tag[]; readonly member: SchemaNode }[];
}

/**
 * When a union with a `discriminator` can be decided by its tag alone: every member is an object
 * that requires the tag, with an `enum`/`const` of values no other member shares. The member the
 * tag names is then the only one that can match, so checking it alone gives the oneOf (and anyOf)
 * verdict. Otherwise `undefined`: the union counts matching members like any other.
 */
export function dispatchTable(model: Model, node: UnionNode): DispatchTable | undefined {
  if (node.discriminator === undefined) return undefined;
  const tag = node.discriminator.propertyName;
  const seen = new Set<Tag>();
  const cases: { values: Tag[]; member: SchemaNode }[] = [];
  for (const member of node.members) {
    const values = tagValues(model, member, tag, 0);
    if (values === undefined) return undefined;
    for (const value of values) {
      if (seen.has(value)) return undefined;
      seen.add(value);
    }
    cases.push({ values, member });
  }
  return { tag, cases };
}

function tagValues(model: Model, member: SchemaNode, tag: string, depth: number): Tag[] | undefined {
  if (depth > 16 || member.nullable || member.not !== undefined) return undefined;
  const node = resolveRefs(model, member);
  if (node.nullable || node.not !== undefined) return undefined;
  if (node.kind === "allOf") {
    for (const part of node.members) {
      const values = tagValues(model, part, tag, depth + 1);
      if (values !== undefined) return values;
    }
    return undefined;
  }
  if (node.kind !== "object" || !node.typeAsserted) return undefined;
  const property = node.properties.find((candidate) => candidate.wireName === tag);
  if (property === undefined || !property.required || property.schema.not !== undefined || property.schema.nullable) return undefined;
  const schema = resolveRefs(model, property.schema);
  if (schema.kind !== "enum" || schema.nullable || schema.not !== undefined) return undefined;
  const values = schema.values.filter((value): value is Tag => typeof value === "string" || typeof value === "number" || typeof value === "boolean");
  return values.length === schema.values.length && values.length > 0 ? values : undefined;
}
