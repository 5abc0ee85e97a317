import type { Warning } from "../../errors.js";
import type { JsonValue, Model, SchemaNode, UnionNode } from "../../model/model.js";
import { flattenObject, resolveRefs, untypedKind } from "../../model/view.js";
import { dispatchTable } from "../validators/dispatch.js";

/**
 * Unions and `allOf`s whose TypeScript type cannot be what the spec means, found before a user
 * finds them (openapi-typescript's most reported bugs): an `allOf` of incompatible members (its
 * type collapses to `never`, its validator accepts nothing), and a union with a `discriminator`
 * that the tag cannot decide (its type does not narrow on the tag, its validator tries every member).
 */
export function unionSoundness(model: Model): Warning[] {
  const warnings: Warning[] = [];
  const warn = (pointer: string, message: string): void => {
    warnings.push({ code: "UNSOUND_UNION", file: model.sourceFile, pointer, message });
  };
  const visit = (node: SchemaNode, depth: number): void => {
    if (depth > 64) return;
    if (node.kind === "allOf") {
      const conflict = allOfConflict(model, node.members);
      if (conflict !== undefined) warn(node.pointer, `allOf collapses to never: ${conflict}`);
    }
    if (node.kind === "union") {
      if (node.discriminator !== undefined && dispatchTable(model, node) === undefined)
        warn(
          node.pointer,
          `the union does not narrow on its discriminator ${JSON.stringify(node.discriminator.propertyName)}: ${whyNot(model, node)}`,
        );
      if (node.members.length > 0 && node.members.every((member) => resolveRefs(model, member).kind === "never"))
        warn(node.pointer, "every member of the union accepts nothing: its type is never");
    }
    for (const child of children(node)) visit(child, depth + 1);
  };
  for (const schema of model.schemas.values()) visit(schema.schema, 0);
  return warnings;
}

function children(node: SchemaNode): SchemaNode[] {
  switch (node.kind) {
    case "array":
      return [node.items, ...(node.prefixItems ?? [])];
    case "object":
      return [
        ...node.properties.map((property) => property.schema),
        ...(typeof node.additionalProperties === "object" ? [node.additionalProperties] : []),
      ];
    case "union":
    case "allOf":
      return [...node.members];
    default:
      return [];
  }
}

const SHAPE_OF: Partial<Record<SchemaNode["kind"], string>> = {
  string: "string",
  number: "number",
  boolean: "boolean",
  array: "array",
  object: "object",
  null: "null",
};

/** Why the members of an `allOf` cannot all hold: two JSON types, or one property with two disjoint literal sets. */
function allOfConflict(model: Model, members: readonly SchemaNode[]): string | undefined {
  const resolved = members.map((member) => resolveRefs(model, member));
  const types = new Set(
    resolved
      .filter((node) => untypedKind(node) === undefined)
      .flatMap((node) => (SHAPE_OF[node.kind] === undefined ? [] : [SHAPE_OF[node.kind]!])),
  );
  if (types.size > 1) return `its members are of different types (${[...types].join(", ")})`;
  const literals = new Map<string, readonly JsonValue[]>();
  for (const member of resolved) {
    const flat = flattenObject(model, member);
    for (const property of flat?.properties ?? []) {
      const schema = resolveRefs(model, property.schema);
      if (schema.kind !== "enum") continue;
      const before = literals.get(property.wireName);
      if (before !== undefined && !schema.values.some((value) => before.includes(value)))
        return `property ${JSON.stringify(property.wireName)} must be one of ${JSON.stringify(before)} and one of ${JSON.stringify(schema.values)}`;
      literals.set(
        property.wireName,
        before === undefined ? schema.values : before.filter((value) => schema.values.includes(value)),
      );
    }
  }
  return undefined;
}

function whyNot(model: Model, node: UnionNode): string {
  const tag = node.discriminator!.propertyName;
  const untagged = node.members.filter((member) => {
    const flat = flattenObject(model, member);
    const property = flat?.properties.find((candidate) => candidate.wireName === tag);
    return property === undefined || !property.required || resolveRefs(model, property.schema).kind !== "enum";
  });
  if (untagged.length > 0)
    return `${untagged.length} of ${node.members.length} members do not require it with literal values (${untagged.map((member) => (member.kind === "ref" ? member.target : member.pointer)).join(", ")})`;
  return "two members accept the same tag value";
}
