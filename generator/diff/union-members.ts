import { named } from "../model/view.js";
import type { JsonValue, Model, SchemaNode } from "../model/model.js";
import { canonical } from "./relations.js";
import type { SchemaView } from "./terms.js";
import { viewOf } from "./view.js";

/** One alternative of a union as the matcher sees it: nested unions flattened, enums merged. */
export interface Member {
  readonly site: SchemaNode;
  /** The component schema the member refers to (not a name the model gave an inline schema). */
  readonly ref: string | undefined;
  readonly kind: SchemaNode["kind"];
  readonly title: string | undefined;
  /** Discriminator values that select this member (explicit mapping of the union it came from). */
  readonly discriminatorValues: readonly string[];
  /** `prop=value` for each required property whose schema is one constant: an implicit discriminator. */
  readonly tags: readonly string[];
  /** Structure with names of component schemas kept and everything that is not shape dropped. */
  readonly shape: string;
  readonly propertyNames: readonly string[];
  readonly label: string;
}

/**
 * The alternatives a schema accepts: a union's members, a `$ref` to a union inside a union
 * replaced by that union's members (so an `anyOf` that collapses to its inner union compares
 * member to member), every enum member merged into one (an `enum` split into single-value
 * `oneOf` members reads as the same enum). A non-union stands for itself.
 */
export function membersOf(
  model: Model,
  view: SchemaView,
  reached: Set<string>,
  componentOf: (key: string) => boolean,
): Member[] {
  const sites: { site: SchemaNode; discriminatorValues: string[] }[] = [];
  if (view.node.kind !== "union") {
    // Its view is already resolved, so its nullability is not re-counted.
    sites.push({ site: { ...view.node, nullable: false }, discriminatorValues: [] });
  } else {
    const visit = (union: SchemaNode & { kind: "union" }, seen: Set<string>) => {
      for (const written of union.members) {
        // A member the discriminator tagged (`Cat & {petType: "cat"}`) is the member as written;
        // its tag is in `discriminatorValues`.
        const site = written.kind === "allOf" && written.tagged === true ? written.members[0]! : written;
        const resolved = viewOf(model, site, reached);
        const target = site.kind === "ref" ? site.target : undefined;
        if (
          resolved.node.kind === "union" &&
          resolved.node.discriminator === undefined &&
          (target === undefined || !seen.has(target))
        ) {
          visit(resolved.node, target === undefined ? seen : new Set([...seen, target]));
          continue;
        }
        const values =
          union.discriminator?.mapping.filter((entry) => entry.target === target).map((entry) => entry.value) ?? [];
        sites.push({ site, discriminatorValues: values });
      }
    };
    visit(view.node, new Set());
  }

  const out: Member[] = [];
  const enumValues: JsonValue[] = [];
  let firstEnum: SchemaNode | undefined;
  let enumCount = 0;
  sites.forEach(({ site, discriminatorValues }, i) => {
    const resolved = viewOf(model, site, reached);
    const node = resolved.node;
    if (node.kind === "enum") {
      enumCount++;
      firstEnum ??= site;
      const known = new Set(enumValues.map(canonical));
      for (const value of node.values) if (!known.has(canonical(value))) enumValues.push(value);
      return;
    }
    const target = site.kind === "ref" ? site.target : view.node.kind === "union" ? undefined : view.ref;
    const ref = target !== undefined && componentOf(target) ? target : undefined;
    const kind = node.kind === "number" && node.integer ? "integer" : node.kind;
    out.push({
      site,
      ref,
      kind: node.kind,
      title: node.title ?? (target !== undefined ? named(model, target).schema.title : undefined),
      discriminatorValues,
      tags: tagsOf(model, node, reached),
      shape: shapeOf(model, site, new Set(), componentOf),
      propertyNames: node.kind === "object" ? node.properties.map((p) => p.wireName) : [],
      label: ref ?? `#${i + 1} ${kind}`,
    });
  });
  if (firstEnum !== undefined) {
    const site: SchemaNode =
      enumCount === 1
        ? firstEnum
        : {
            kind: "enum",
            values: enumValues,
            isConst: false,
            pointer: view.node.pointer,
            examples: [],
            nullable: false,
          };
    out.push({
      site,
      ref: undefined,
      kind: "enum",
      title: undefined,
      discriminatorValues: [],
      tags: [],
      shape: `enum:${enumValues.map(canonical).sort().join(",")}`,
      propertyNames: [],
      label: "enum",
    });
  }
  return out;
}

function tagsOf(model: Model, node: SchemaNode, reached: Set<string>): string[] {
  if (node.kind !== "object") return [];
  const tags: string[] = [];
  for (const property of node.properties) {
    if (!property.required) continue;
    const value = viewOf(model, property.schema, reached).node;
    if (value.kind === "enum" && value.values.length === 1)
      tags.push(`${property.wireName}\u0000${canonical(value.values[0]!)}`);
  }
  return tags.sort();
}

const shapes = new WeakMap<SchemaNode, string>();

/** Canonical text of what a schema accepts, as far as its spelling shows it (memoised per node). */
function shapeOf(model: Model, node: SchemaNode, seen: Set<string>, componentOf: (key: string) => boolean): string {
  const known = shapes.get(node);
  if (known !== undefined) return known;
  const shape = shapeOfNode(model, node, seen, componentOf);
  shapes.set(node, shape);
  return shape;
}

function shapeOfNode(model: Model, node: SchemaNode, seen: Set<string>, componentOf: (key: string) => boolean): string {
  if (node.kind === "ref") {
    if (componentOf(node.target)) return `$ref:${node.target}${node.nullable ? "?" : ""}`;
    if (seen.has(node.target)) return `$cycle:${node.target}`;
    return (
      shapeOf(model, named(model, node.target).schema, new Set([...seen, node.target]), componentOf) +
      (node.nullable ? "?" : "")
    );
  }
  const skip = new Set(["pointer", "title", "description", "examples", "default", "deprecated", "unsupported"]);
  const parts: string[] = [];
  for (const key of Object.keys(node).sort()) {
    if (skip.has(key)) continue;
    const value = (node as unknown as Record<string, unknown>)[key];
    parts.push(`${key}:${shapeValue(model, value, seen, componentOf)}`);
  }
  return `{${parts.join(",")}}`;
}

function shapeValue(model: Model, value: unknown, seen: Set<string>, componentOf: (key: string) => boolean): string {
  if (value === undefined) return "";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => shapeValue(model, item, seen, componentOf)).join(",")}]`;
  const record = value as Record<string, unknown>;
  if (typeof record.kind === "string" && typeof record.pointer === "string")
    return shapeOf(model, record as unknown as SchemaNode, seen, componentOf);
  if (typeof record.wireName === "string")
    return `${JSON.stringify(record.wireName)}${record.required === true ? "!" : ""}=${shapeValue(model, record.schema, seen, componentOf)}`;
  return `{${Object.keys(record)
    .sort()
    .filter((key) => key !== "pointer")
    .map((key) => `${key}:${shapeValue(model, record[key], seen, componentOf)}`)
    .join(",")}}`;
}

/** How alike two members look, 0 to 1, for members no identity matched. */
export function similarity(a: Member, b: Member): number {
  if (a.kind !== b.kind) return 0;
  if (a.kind !== "object") return 0.6;
  const names = new Set(a.propertyNames);
  const common = b.propertyNames.filter((name) => names.has(name)).length;
  const all = new Set([...a.propertyNames, ...b.propertyNames]).size;
  return all === 0 ? 0.6 : common / all;
}

/**
 * Pairs members by meaning, strongest evidence first: a discriminator value, a component
 * `$ref`, an implicit discriminator (a required constant property), a `title`, equal structure,
 * then the most similar structure. Position never decides alone; it only breaks exact ties.
 */
export function matchMembers(
  base: readonly Member[],
  head: readonly Member[],
): { pairs: [Member, Member][]; removed: Member[]; added: Member[] } {
  const pairs: [Member, Member][] = [];
  const freeBase = new Set(base);
  const freeHead = new Set(head);
  const pass = (same: (b: Member, h: Member) => boolean) => {
    for (const b of [...freeBase]) {
      for (const h of freeHead) {
        if (same(b, h)) {
          pairs.push([b, h]);
          freeBase.delete(b);
          freeHead.delete(h);
          break;
        }
      }
    }
  };
  const shares = (a: readonly string[], b: readonly string[]) => a.some((value) => b.includes(value));
  // A key that several members of one side share (two members with one title) identifies none of them.
  const unique = (key: (m: Member) => string | undefined) => {
    const once = (members: readonly Member[]) => {
      const counts = new Map<string, number>();
      for (const m of members) {
        const k = key(m);
        if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      return (m: Member) => {
        const k = key(m);
        return k !== undefined && counts.get(k) === 1;
      };
    };
    const inBase = once(base);
    const inHead = once(head);
    return (b: Member, h: Member) => inBase(b) && inHead(h) && key(b) === key(h);
  };
  pass((b, h) => b.discriminatorValues.length > 0 && shares(b.discriminatorValues, h.discriminatorValues));
  pass((b, h) => b.ref !== undefined && b.ref === h.ref);
  pass((b, h) => b.kind === "enum" && h.kind === "enum");
  pass((b, h) => b.shape === h.shape);
  pass(unique((m) => (m.tags.length > 0 ? m.tags.join("\u0001") : undefined)));
  pass(unique((m) => m.title));
  const scored: { b: Member; h: Member; score: number; order: number }[] = [];
  let order = 0;
  for (const b of freeBase) for (const h of freeHead) scored.push({ b, h, score: similarity(b, h), order: order++ });
  scored.sort((x, y) => y.score - x.score || x.order - y.order);
  for (const { b, h, score } of scored) {
    if (score < 0.5 || !freeBase.has(b) || !freeHead.has(h)) continue;
    // Members that carry different constant tags are different alternatives, however alike.
    if (conflict(b, h)) continue;
    pairs.push([b, h]);
    freeBase.delete(b);
    freeHead.delete(h);
  }
  return { pairs, removed: [...freeBase], added: [...freeHead] };
}

/** Both members hold one property at different constants: `type=push` against `type=pull`. */
function conflict(a: Member, b: Member): boolean {
  const key = (tag: string) => tag.slice(0, tag.indexOf("\u0000"));
  return a.tags.some((tag) => b.tags.some((other) => other !== tag && key(other) === key(tag)));
}
