import { joinPointer } from "../codegen/json-pointer.js";
import { isRecord } from "../load/schema-walk.js";
import { childNodes } from "./children.js";
import { sdkNames } from "./names.js";
import type { AllOfNode, ObjectNode, SchemaNode, UnionNode } from "./model.js";

/**
 * OpenAPI's `discriminator` on a base object (`Pet` with `petType`), inherited through `allOf`
 * (`Cat: allOf[Pet, {...}]`): the value of the tag in a `Cat` is the mapping's key for `Cat`, or
 * its schema name when the mapping has none. Each inheriting schema gets that as a literal, one
 * more `allOf` member `{petType: "cat"}` (required), so that its type says `petType: "cat"` (and a
 * union of them narrows) and its validator refuses a `Dog` labelled `cat`.
 */
export function inheritedTags(
  components: Record<string, unknown>,
  built: Map<string, SchemaNode>,
  keyOfRef: (ref: string) => string | undefined,
): void {
  for (const base of Object.keys(components)) {
    const raw = components[base];
    if (!isRecord(raw) || !isRecord(raw.discriminator) || typeof raw.discriminator.propertyName !== "string") continue;
    if (Array.isArray(raw.oneOf) || Array.isArray(raw.anyOf)) continue;
    const tag = raw.discriminator.propertyName;
    const pointer = joinPointer("/components/schemas", base, "discriminator");
    const explicit = new Map<string, string[]>();
    if (isRecord(raw.discriminator.mapping)) {
      for (const [value, target] of Object.entries(raw.discriminator.mapping)) {
        if (typeof target !== "string") continue;
        const key = keyOfRef(target.startsWith("#") ? target : `#/components/schemas/${target}`);
        if (key !== undefined) explicit.set(key, [...(explicit.get(key) ?? []), value]);
      }
    }
    const baseRef = `#${joinPointer("/components/schemas", base)}`;
    for (const key of Object.keys(components)) {
      const child = components[key];
      if (key === base || !isRecord(child) || !Array.isArray(child.allOf)) continue;
      if (!child.allOf.some((member) => isRecord(member) && member.$ref === baseRef)) continue;
      const node = built.get(key);
      if (node === undefined) continue;
      built.set(key, withTag(node, tag, explicit.get(key) ?? [key], sdkNameOf(built.get(base), tag), pointer));
    }
  }
}

function sdkNameOf(base: SchemaNode | undefined, tag: string): string {
  const property =
    base?.kind === "object" ? base.properties.find((candidate) => candidate.wireName === tag) : undefined;
  return property?.sdkName ?? sdkNames([tag])[0]!;
}

/** The object `{tag: one of values}`, tag required: a literal type, a check without a `type` of its own. */
export function tagObject(tag: string, sdkName: string, values: readonly string[], pointer: string): ObjectNode {
  return {
    kind: "object",
    pointer,
    examples: [],
    nullable: false,
    typeAsserted: false,
    additionalProperties: true,
    extraRequired: [],
    properties: [
      {
        wireName: tag,
        sdkName,
        required: true,
        pointer,
        schema: { kind: "enum", values, isConst: false, pointer, examples: [], nullable: false },
      },
    ],
  };
}

function withTag(
  node: SchemaNode,
  tag: string,
  values: readonly string[],
  sdkName: string,
  pointer: string,
): SchemaNode {
  const member = tagObject(tag, sdkName, values, pointer);
  if (node.kind === "allOf") return Object.assign({}, node, { members: [...node.members, member] }) as AllOfNode;
  return {
    kind: "allOf",
    members: [node, member],
    pointer: node.pointer,
    examples: [],
    nullable: false,
    description: node.description,
    title: node.title,
  };
}

/**
 * A union with a `discriminator` (`oneOf: [Cat, Dog]`, mapping `cat`/`dog`), named or inline (a
 * property's, as spotify's `CurrentlyPlayingObject.item`): each `$ref` member (to a component:
 * mapped, else named by its component name) whose schema does not already carry its tag as a
 * literal is read as `Cat & {petType: "cat"}`, so that the union narrows and the tag picks the
 * member, as OpenAPI says it does.
 */
export function unionTags(built: Map<string, SchemaNode>, isComponent: (key: string) => boolean): void {
  const seen = new Set<SchemaNode>();
  for (const root of built.values()) {
    const stack: SchemaNode[] = [root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (seen.has(node)) continue;
      seen.add(node);
      if (node.kind === "union" && node.discriminator !== undefined)
        // Built in this run and not yet read by anyone: tagged where it stands.
        (node as { members: readonly SchemaNode[] }).members = taggedMembers(built, node, isComponent);
      stack.push(...childNodes(node));
    }
  }
}

function taggedMembers(
  built: ReadonlyMap<string, SchemaNode>,
  node: UnionNode,
  isComponent: (key: string) => boolean,
): SchemaNode[] {
  const { propertyName: tag, mapping } = node.discriminator!;
  return node.members.map((member) => {
    // An inline member (hoisted under a name of ours) has no schema name for an implicit mapping.
    if (member.kind !== "ref" || !isComponent(member.target)) return member;
    const explicit = mapping.filter((entry) => entry.target === member.target).map((entry) => entry.value);
    const values = explicit.length > 0 ? explicit : [member.target];
    const target = built.get(member.target);
    if (target === undefined || literalTag(built, target, tag, values)) return member;
    const sdkName = sdkNames([tag])[0]!;
    const tagged: AllOfNode = {
      kind: "allOf",
      members: [
        member,
        tagObject(tag, sdkName, values, joinPointer(node.pointer.replace(/\/(oneOf|anyOf)$/, ""), "discriminator")),
      ],
      pointer: member.pointer,
      examples: [],
      nullable: false,
      tagged: true,
    };
    return tagged;
  });
}

function literalTag(
  built: ReadonlyMap<string, SchemaNode>,
  node: SchemaNode,
  tag: string,
  values: readonly string[],
): boolean {
  const parts = node.kind === "allOf" ? node.members : [node];
  return parts.some((part) => {
    const resolved = resolve(built, part);
    if (resolved?.kind !== "object") return false;
    const property = resolved.properties.find((candidate) => candidate.wireName === tag);
    const schema = property === undefined ? undefined : resolve(built, property.schema);
    return (
      property?.required &&
      schema?.kind === "enum" &&
      schema.values.length === values.length &&
      values.every((value) => schema.values.includes(value))
    );
  });
}

/** Follows `ref`s through the schemas built so far (a few hops: hoisted enums, aliases). */
function resolve(built: ReadonlyMap<string, SchemaNode>, node: SchemaNode): SchemaNode | undefined {
  let current: SchemaNode | undefined = node;
  for (let hops = 0; current?.kind === "ref" && hops < 16; hops++) current = built.get(current.target);
  return current;
}
