import type { Model, SchemaNode } from "../model/types.js";
import { canonical } from "./relations.js";
import type { Direction, DiffEvent, RelativeFinding, Rule, SchemaView, Scope } from "./types.js";
import { viewOf } from "./view.js";
import { append } from "../append.js";

type Memo = Map<SchemaNode, Map<SchemaNode, readonly RelativeFinding[]>>;

/**
 * Compares two schema sites, one from each model, in one direction. Results are memoised per
 * pair of sites, so a shared schema is compared once and its findings are then placed at every
 * site that reaches it; a pair already being compared higher up (recursion) adds nothing.
 */
export class SchemaComparer {
  /** Named schemas each side's walk passed through. */
  readonly reachedBase = new Set<string>();
  readonly reachedHead = new Set<string>();
  /** Base schema name → what stands where base referred to it in head: a schema name or `inline`. */
  readonly replacements = new Map<string, Set<string>>();
  private readonly memo: Record<Direction, Memo> = { request: new Map(), response: new Map() };
  private readonly active: Record<Direction, Memo> = { request: new Map(), response: new Map() };
  private readonly byScope = new Map<Scope, Rule[]>();

  constructor(private readonly base: Model, private readonly head: Model, rules: readonly Rule[]) {
    for (const rule of rules) this.byScope.set(rule.scope, [...(this.byScope.get(rule.scope) ?? []), rule]);
  }

  /** Runs the rules of the event's scope that apply in `direction`. */
  emit(event: DiffEvent, direction: Direction | undefined, basePointer: string, headPointer: string, path = ""): RelativeFinding[] {
    const out: RelativeFinding[] = [];
    for (const rule of this.byScope.get(event.scope) ?? []) {
      if (rule.direction !== "any" && rule.direction !== direction) continue;
      const message = (rule.check as (event: DiffEvent) => string | undefined)(event);
      if (message !== undefined) out.push({ rule, message, path, basePointer, headPointer });
    }
    return out;
  }

  compare(baseSite: SchemaNode, headSite: SchemaNode, direction: Direction): readonly RelativeFinding[] {
    const known = this.memo[direction].get(baseSite)?.get(headSite);
    if (known) return known;
    if (this.active[direction].get(baseSite)?.has(headSite)) return [];
    setPair(this.active[direction], baseSite, headSite, []);
    const result = this.compareSites(baseSite, headSite, direction);
    this.active[direction].get(baseSite)!.delete(headSite);
    setPair(this.memo[direction], baseSite, headSite, result);
    return result;
  }

  private compareSites(baseSite: SchemaNode, headSite: SchemaNode, direction: Direction): readonly RelativeFinding[] {
    const before = viewOf(this.base, baseSite, this.reachedBase);
    const after = viewOf(this.head, headSite, this.reachedHead);
    const differences = this.compareViews(before, after, direction);
    if (before.ref === undefined || before.ref === after.ref) return differences;
    const replacedBy = this.replacements.get(before.ref) ?? new Set<string>();
    replacedBy.add(after.ref ?? "inline");
    this.replacements.set(before.ref, replacedBy);
    // Names the model gave to inline schemas (hoisted) are not `$ref`s the author wrote.
    if (after.ref === undefined || !isComponent(this.base, before.ref) || !isComponent(this.head, after.ref)) return differences;
    const swapped = this.emit({ scope: "ref", baseTarget: before.ref, headTarget: after.ref, differences }, direction, baseSite.pointer, headSite.pointer);
    // An incompatible swap is one finding; its details would only repeat it.
    return swapped.length > 0 ? swapped : differences;
  }

  private compareViews(before: SchemaView, after: SchemaView, direction: Direction): RelativeFinding[] {
    const out = this.emit({ scope: "schema", base: before, head: after }, direction, before.node.pointer, after.node.pointer);
    const b = before.node;
    const h = after.node;
    if (b.kind === "union" || h.kind === "union") {
      append(out, this.compareUnions(before, after, direction));
    } else if (b.kind === "object" && h.kind === "object") {
      const headByName = new Map(h.properties.map((property) => [property.wireName, property]));
      const baseNames = new Set(b.properties.map((property) => property.wireName));
      for (const property of b.properties) {
        const other = headByName.get(property.wireName);
        const path = member(property.wireName);
        append(out, this.emit({ scope: "property", name: property.wireName, base: property, head: other }, direction, property.pointer, other?.pointer ?? h.pointer, path));
        if (other) append(out, under(path, this.compare(property.schema, other.schema, direction)));
      }
      for (const property of h.properties) {
        if (baseNames.has(property.wireName)) continue;
        append(out, this.emit({ scope: "property", name: property.wireName, base: undefined, head: property }, direction, b.pointer, property.pointer, member(property.wireName)));
      }
      if (typeof b.additionalProperties === "object" && typeof h.additionalProperties === "object") {
        append(out, under(".*", this.compare(b.additionalProperties, h.additionalProperties, direction)));
      }
    } else if (b.kind === "array" && h.kind === "array") {
      append(out, under("[]", this.compare(b.items, h.items, direction)));
      const count = Math.min(b.prefixItems?.length ?? 0, h.prefixItems?.length ?? 0);
      for (let i = 0; i < count; i++) append(out, under(`[${i}]`, this.compare(b.prefixItems![i]!, h.prefixItems![i]!, direction)));
    } else if (b.kind === "allOf" && h.kind === "allOf" && b.members.length === h.members.length) {
      b.members.forEach((m, i) => append(out, under(`.allOf[${i}]`, this.compare(m, h.members[i]!, direction))));
    }
    return out;
  }

  /** Matches union members (a non-union side counts as a union of itself) and compares the pairs. */
  private compareUnions(before: SchemaView, after: SchemaView, direction: Direction): RelativeFinding[] {
    const mode = before.node.kind === "union" ? before.node.mode : after.node.kind === "union" ? after.node.mode : "oneOf";
    const baseMembers = this.members(this.base, before, this.reachedBase);
    const headMembers = this.members(this.head, after, this.reachedHead);
    const pairs: [Member | undefined, Member | undefined][] = [];
    const free = new Set(headMembers);
    const take = (test: (other: Member) => boolean): Member | undefined => {
      for (const other of free) {
        if (test(other)) {
          free.delete(other);
          return other;
        }
      }
      return undefined;
    };
    const unmatched: Member[] = [];
    for (const m of baseMembers) {
      const other = m.ref !== undefined ? take((o) => o.ref === m.ref) : undefined;
      if (other) pairs.push([m, other]);
      else unmatched.push(m);
    }
    const rest: Member[] = [];
    for (const m of unmatched) {
      const other = take((o) => o.signature === m.signature);
      if (other) pairs.push([m, other]);
      else rest.push(m);
    }
    for (const m of rest) {
      const other = take((o) => o.kind === m.kind);
      pairs.push([m, other]);
    }
    for (const other of free) pairs.push([undefined, other]);

    const out: RelativeFinding[] = [];
    for (const [b, h] of pairs) {
      const label = (h ?? b)!.label;
      const path = `.${mode}[${label}]`;
      if (b && h) append(out, under(path, this.compare(b.site, h.site, direction)));
      else append(out, this.emit({ scope: "union-member", label, base: b?.site, head: h?.site }, direction, b?.site.pointer ?? before.node.pointer, h?.site.pointer ?? after.node.pointer, path));
    }
    return out;
  }

  private members(model: Model, view: SchemaView, reached: Set<string>): Member[] {
    // A non-union stands for itself; its view is already resolved, so its nullability is not re-counted.
    const sites = view.node.kind === "union" ? view.node.members : [{ ...view.node, nullable: false }];
    return sites.map((site, i) => {
      const resolved = viewOf(model, site, reached);
      const ref = site.kind === "ref" ? site.target : view.node.kind === "union" ? undefined : view.ref;
      // Anonymous members are named by position and kind only, so a label reads the same on both sides.
      const kind = resolved.node.kind === "number" && resolved.node.integer ? "integer" : resolved.node.kind;
      return { site, ref, kind: resolved.node.kind, signature: signature(resolved), label: ref ?? `#${i + 1} ${kind}` };
    });
  }
}

interface Member {
  readonly site: SchemaNode;
  readonly ref: string | undefined;
  readonly kind: SchemaNode["kind"];
  readonly signature: string;
  readonly label: string;
}

/** What identifies an anonymous union member across versions. */
function signature(view: SchemaView): string {
  const node = view.node;
  switch (node.kind) {
    case "enum": return `enum:${node.values.map(canonical).sort().join(",")}`;
    case "object": return `object:${node.properties.map((p) => p.wireName).sort().join(",")}`;
    case "number": return node.integer ? "integer" : "number";
    case "union": return `union:${node.mode}`;
    default: return node.kind;
  }
}

function isComponent(model: Model, key: string): boolean {
  return model.schemas.get(key)?.origin.kind === "component";
}

function setPair(memo: Memo, base: SchemaNode, head: SchemaNode, value: readonly RelativeFinding[]): void {
  let inner = memo.get(base);
  if (!inner) memo.set(base, (inner = new Map()));
  inner.set(head, value);
}

function under(prefix: string, findings: readonly RelativeFinding[]): RelativeFinding[] {
  return findings.map((finding) => ({ ...finding, path: prefix + finding.path }));
}

function member(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
}
