import type { Model, SchemaNode, UnionNode } from "../../model/model.js";
import { resolveRefs } from "../../model/view.js";

type Tag = string | number | boolean;

export interface DispatchTable {
  /** Wire name of the discriminating property. */
  readonly tag: string;
  readonly cases: readonly { readonly values: readonly Tag[]; readonly member: SchemaNode }[];
}

/**
 * When a union can be decided by a tag alone: every member is an object that requires the tag,
 * with an `enum`/`const` of values no other member shares (directly, or in a part of its `allOf`,
 * which is where an inherited OpenAPI discriminator puts it). The tag is the `discriminator`'s
 * property, or, without one, a property every member requires with such values (`kind: {const: "a"}`).
 * The member the tag names is then the only one that can match, so checking it alone gives the
 * oneOf (and anyOf) verdict. Otherwise `undefined`: the union counts matching members.
 */
export function dispatchTable(model: Model, node: UnionNode): DispatchTable | undefined {
  if (node.members.length < 2) return undefined;
  const candidates =
    node.discriminator !== undefined ? [node.discriminator.propertyName] : impliedTags(model, node.members[0]!);
  for (const tag of candidates) {
    const table = tableFor(model, node, tag);
    if (table !== undefined) return table;
  }
  return undefined;
}

/** The properties a member requires with literal values: the tags a union without `discriminator` may dispatch on. */
function impliedTags(model: Model, member: SchemaNode): string[] {
  const resolved = resolveRefs(model, member);
  const parts = resolved.kind === "allOf" ? resolved.members.map((part) => resolveRefs(model, part)) : [resolved];
  return parts.flatMap((part) =>
    part.kind === "object"
      ? part.properties
          .filter((property) => property.required && resolveRefs(model, property.schema).kind === "enum")
          .map((property) => property.wireName)
      : [],
  );
}

function tableFor(model: Model, node: UnionNode, tag: string): DispatchTable | undefined {
  const seen = new Set<Tag>();
  const cases: { values: Tag[]; member: SchemaNode }[] = [];
  for (const member of node.members) {
    const found = tagValues(model, member, tag, 0);
    if (found?.values === undefined || !found.object) return undefined;
    for (const value of found.values) {
      if (seen.has(value)) return undefined;
      seen.add(value);
    }
    cases.push({ values: found.values, member });
  }
  return { tag, cases };
}

/** The tag's values in a member, and whether the member refuses every non-object. */
function tagValues(
  model: Model,
  member: SchemaNode,
  tag: string,
  depth: number,
): { values?: Tag[] | undefined; object: boolean } | undefined {
  if (depth > 16 || member.nullable || member.not !== undefined) return undefined;
  const node = resolveRefs(model, member);
  if (node.nullable || node.not !== undefined) return undefined;
  if (node.kind === "allOf") {
    let values: Tag[] | undefined;
    let object = false;
    for (const part of node.members) {
      const found = tagValues(model, part, tag, depth + 1);
      if (found === undefined) continue;
      object ||= found.object;
      // Every part applies: the tag's values are those all parts allow.
      if (found.values !== undefined)
        values = values === undefined ? found.values : values.filter((value) => found.values!.includes(value));
    }
    return values !== undefined && values.length === 0 ? undefined : { values, object };
  }
  if (node.kind !== "object") return undefined;
  const property = node.properties.find((candidate) => candidate.wireName === tag);
  if (property === undefined || !property.required || property.schema.not !== undefined || property.schema.nullable)
    return { object: node.typeAsserted };
  const schema = resolveRefs(model, property.schema);
  if (schema.kind !== "enum" || schema.nullable || schema.not !== undefined) return { object: node.typeAsserted };
  const values = schema.values.filter(
    (value): value is Tag => typeof value === "string" || typeof value === "number" || typeof value === "boolean",
  );
  return values.length === schema.values.length && values.length > 0
    ? { values, object: node.typeAsserted }
    : { object: node.typeAsserted };
}
