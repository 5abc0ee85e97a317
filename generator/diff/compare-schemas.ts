import { propertyAccess, ts } from "../codegen/code.js";
import type { Model, SchemaNode } from "../model/model.js";
import {
  GRADE_RANK,
  type Direction,
  type DiffEvent,
  type Level,
  type RelativeFinding,
  type Rule,
  type SchemaView,
  type Scope,
} from "./terms.js";
import { matchMembers, membersOf, type Member } from "./union-members.js";
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

  constructor(
    private readonly base: Model,
    private readonly head: Model,
    rules: readonly Rule[],
  ) {
    for (const rule of rules) this.byScope.set(rule.scope, [...(this.byScope.get(rule.scope) ?? []), rule]);
  }

  /** Runs the rules of the event's scope that apply in `direction`. */
  emit(
    event: DiffEvent,
    direction: Direction | undefined,
    basePointer: string,
    headPointer: string,
    path = "",
  ): RelativeFinding[] {
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
    if (after.ref === undefined || !isComponent(this.base, before.ref) || !isComponent(this.head, after.ref))
      return differences;
    const swapped = this.emit(
      { scope: "ref", baseTarget: before.ref, headTarget: after.ref, differences },
      direction,
      baseSite.pointer,
      headSite.pointer,
    );
    // An incompatible swap is one finding; its details would only repeat it.
    return swapped.length > 0 ? swapped : differences;
  }

  private compareViews(before: SchemaView, after: SchemaView, direction: Direction): RelativeFinding[] {
    const out = this.emit(
      { scope: "schema", base: before, head: after },
      direction,
      before.node.pointer,
      after.node.pointer,
    );
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
        append(
          out,
          this.emit(
            { scope: "property", name: property.wireName, base: property, head: other },
            direction,
            property.pointer,
            other?.pointer ?? h.pointer,
            path,
          ),
        );
        if (other) append(out, under(path, this.compare(property.schema, other.schema, direction)));
      }
      for (const property of h.properties) {
        if (baseNames.has(property.wireName)) continue;
        append(
          out,
          this.emit(
            { scope: "property", name: property.wireName, base: undefined, head: property },
            direction,
            b.pointer,
            property.pointer,
            member(property.wireName),
          ),
        );
      }
      if (typeof b.additionalProperties === "object" && typeof h.additionalProperties === "object") {
        append(out, under(".*", this.compare(b.additionalProperties, h.additionalProperties, direction)));
      }
    } else if (b.kind === "array" && h.kind === "array") {
      append(out, under("[]", this.compare(b.items, h.items, direction)));
      const count = Math.min(b.prefixItems?.length ?? 0, h.prefixItems?.length ?? 0);
      for (let i = 0; i < count; i++)
        append(out, under(`[${i}]`, this.compare(b.prefixItems![i]!, h.prefixItems![i]!, direction)));
    } else if (b.kind === "allOf" && h.kind === "allOf" && b.members.length === h.members.length) {
      b.members.forEach((m, i) => append(out, under(`.allOf[${i}]`, this.compare(m, h.members[i]!, direction))));
    }
    return out;
  }

  /**
   * Matches union members by meaning (a non-union side counts as a union of itself) and compares
   * the pairs. A member left over on one side is judged by what the other side accepts: in a
   * request, a base member still accepted by some head member was not removed (members merged
   * into a wider one); in a response, a head member that some base member already described
   * was not added.
   */
  private compareUnions(before: SchemaView, after: SchemaView, direction: Direction): RelativeFinding[] {
    const mode =
      before.node.kind === "union" ? before.node.mode : after.node.kind === "union" ? after.node.mode : "oneOf";
    const baseMembers = membersOf(this.base, before, this.reachedBase, (key) => isComponent(this.base, key));
    const headMembers = membersOf(this.head, after, this.reachedHead, (key) => isComponent(this.head, key));
    const { pairs, removed, added } = matchMembers(baseMembers, headMembers);
    const out: RelativeFinding[] = [];
    for (const [b, h] of pairs) append(out, under(`.${mode}[${h.label}]`, this.compare(b.site, h.site, direction)));
    const covers = (from: Member, to: Member, worst: Level) =>
      this.compare(from.site, to.site, direction).every(
        (finding) => GRADE_RANK[finding.rule.level] < GRADE_RANK[worst],
      );
    for (const b of removed) {
      if (direction === "request" && headMembers.some((h) => covers(b, h, "breaking"))) continue;
      append(
        out,
        this.emit(
          { scope: "union-member", label: b.label, base: b.site, head: undefined },
          direction,
          b.site.pointer,
          after.node.pointer,
          `.${mode}[${b.label}]`,
        ),
      );
    }
    // A value that was one thing and is now a choice: one finding for the wrap, not one a new member.
    const wrapped = before.node.kind !== "union" && after.node.kind === "union" && headMembers.length > 1;
    const newMembers = added.filter(
      (h) => !(direction === "response" && baseMembers.some((b) => covers(b, h, "warning"))),
    );
    if (wrapped) {
      append(
        out,
        this.emit(
          { scope: "union-wrap", base: before, head: after, added: newMembers.map((h) => h.label) },
          direction,
          before.node.pointer,
          after.node.pointer,
          `.${mode}`,
        ),
      );
      return out;
    }
    for (const h of newMembers) {
      append(
        out,
        this.emit(
          { scope: "union-member", label: h.label, base: undefined, head: h.site },
          direction,
          before.node.pointer,
          h.site.pointer,
          `.${mode}[${h.label}]`,
        ),
      );
    }
    return out;
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

/** `.name`, or `["a-b"]`: written as TypeScript would access it. */
function member(name: string): string {
  return propertyAccess(ts``, name).text;
}
