import type { Warning } from "../errors.js";
import type { JsonValue, Model, ObjectNode, Property, SchemaNode, SpecValue, UnionNode } from "../model/model.js";
import { patternRegExp } from "../pattern/compile.js";
import { flattenObject, named } from "../model/view.js";
import { fits } from "./fits.js";
import { PROTOTYPE_NAMES } from "./prototype-names.js";
import { usableDefault, usableExample, WarningLog } from "./repair.js";
import { PLACEHOLDER, synthesiseNumber, synthesiseString } from "./synthesise-scalar.js";
import { holdsNoValue } from "../model/holds-no-value.js";

/** How often one named schema may be open on the expansion stack before a reference to it is cut. */
const MAX_REENTRY = 2;

/**
 * Chooses one example value (in wire form: wire names, JSON) per schema node and per named
 * schema, deterministically: the spec's `example`/`examples` (repaired when they lie), then the
 * default, then a value synthesised from the schema. Warnings name the pointer of every example
 * or default that was passed over.
 */
export class ExampleSelector {
  private readonly log: WarningLog;
  private readonly stack: string[] = [];
  private readonly cache = new Map<string, JsonValue | undefined>();
  private readonly examplesBelow = new Map<string, boolean>();
  /** The nodes whose spec example `withObjectMembers` is completing. */
  private readonly filling = new Set<SchemaNode>();
  /** Counts recursion cuts, so that a value built across a cut is never cached. */
  private cuts = 0;
  /**
   * How often each node is open in `synthesise`. A flattened `allOf` reads its members'
   * schemas without `forNamed`, so a recursion through it meets no named guard
   * (`additionalProperties: allOf[$ref Self]` beside a required name no property declares):
   * the same bound applies to the nodes themselves.
   */
  private readonly open = new Map<SchemaNode, number>();

  constructor(private readonly model: Model) {
    this.log = new WarningLog(model.sourceFile);
  }

  warnings(): Warning[] {
    return this.log.list();
  }

  /** An example key that a snippet left out: its typed object has no place for it (see DroppedKey). */
  reportDroppedKey(key: string, objectPointer: string, why: "closed" | "clash"): void {
    this.log.add(
      "EXAMPLE_KEY_DROPPED",
      objectPointer,
      why === "closed"
        ? `example key ${JSON.stringify(key)} is not a property of this object, whose type does not accept other keys; left out of the snippet`
        : `example key ${JSON.stringify(key)} is not a property of this object, and its SDK type gives that name to another property; left out of the snippet`,
    );
  }

  /** The spec's own example of this node (repaired), without falling back to anything else. */
  specExample(node: SchemaNode): { value: JsonValue } | undefined {
    return usableExample(node.examples, node, this.model, this.log);
  }

  /** The first usable example of a list given beside a schema (a parameter's, a media type's). */
  usable(examples: readonly SpecValue[], node: SchemaNode): { value: JsonValue } | undefined {
    return usableExample(examples, node, this.model, this.log);
  }

  /** The node's default when it fits its schema; an invalid one is reported and dropped. */
  validDefault(node: SchemaNode): { value: JsonValue } | undefined {
    return usableDefault(node, this.model, this.log);
  }

  /** The example of a named schema: `undefined` only when its schema accepts no value. */
  forNamed(key: string): JsonValue | undefined {
    if (this.cache.has(key)) return this.cache.get(key);
    if (this.stack.filter((open) => open === key).length >= MAX_REENTRY) {
      this.cuts++;
      return undefined;
    }
    const schema = named(this.model, key);
    if (holdsNoValue(this.model, schema.schema)) {
      this.log.add(
        "NO_VALUE",
        schema.schema.pointer,
        `no value satisfies schema ${schema.typeName}; it gets no example and no snippet`,
      );
      this.cache.set(key, undefined);
      return undefined;
    }
    const cutsBefore = this.cuts;
    this.stack.push(key);
    try {
      const value = this.valueOf(schema.schema);
      if (this.cuts === cutsBefore) {
        if (value === undefined)
          this.log.add(
            "NO_EXAMPLE",
            schema.schema.pointer,
            `no value that fits all of schema ${schema.typeName} was found; it gets no example and no snippet`,
          );
        this.cache.set(key, value);
        return value;
      }
      // Built across a recursion cut: a required property may be missing (an array of at least
      // one object that requires the array again has no finite value). Only a value that fits
      // is an example; the outermost schema of the recursion says so once.
      if (value !== undefined && fits(value, schema.schema, this.model)) return value;
      if (this.stack.length === 1) {
        this.log.add(
          "NO_EXAMPLE",
          schema.schema.pointer,
          `no finite value of schema ${schema.typeName} was found (its recursion requires itself); it gets no example and no snippet`,
        );
        this.cache.set(key, undefined);
      }
      return undefined;
    } finally {
      this.stack.pop();
    }
  }

  /** The example of any node: its own, else its default, else the referenced schema's, else synthesised. */
  valueOf(node: SchemaNode): JsonValue | undefined {
    const own = this.specExample(node);
    const shown = own && this.withObjectMembers(node, own.value);
    if (shown !== undefined) return shown;
    const fallback = this.validDefault(node);
    if (fallback) return fallback.value;
    const value = this.synthesise(node);
    if (value === undefined && node.nullable) return null;
    return value;
  }

  /**
   * A spec's example object without an optional property named like an `Object.prototype` member
   * (`hasOwnProperty`) does not compile as that type: TypeScript reads the missing key as the
   * inherited method. Such properties are given a value, as in synthesised examples; when one
   * holds no value, no literal of the type compiles and the example is not used.
   */
  private withObjectMembers(node: SchemaNode, value: JsonValue): JsonValue | undefined {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
    const missing = this.prototypeNamedProperties(node).filter((property) => !Object.hasOwn(value, property.wireName));
    if (missing.length === 0) return value;
    // A property's example that leaves out the property again (`toString: $ref Self` with an
    // example without `toString`) would be filled without end: such an example is not used.
    if (this.filling.has(node)) return undefined;
    this.filling.add(node);
    try {
      const copy: { [key: string]: JsonValue } = {};
      for (const key of Object.keys(value)) defineKey(copy, key, value[key]!);
      for (const property of missing) {
        const filled = holdsNoValue(this.model, property.schema) ? undefined : this.valueOf(property.schema);
        if (filled === undefined) return undefined;
        defineKey(copy, property.wireName, filled);
      }
      // A key added for one member may be one another member closes out: not an example then.
      return fits(copy, node, this.model) ? copy : undefined;
    } finally {
      this.filling.delete(node);
    }
  }

  /**
   * The properties named like an `Object.prototype` member that TypeScript checks an example
   * object of this node against: those of the node's own object and of every object reached
   * through its unions and `allOf`s (an intersection checks the literal against each member, a
   * union against its object members). Found by fuzz runs: `D | null` written as
   * `anyOf: [$ref D, {enum: [null]}]` (seed 996214253), an `allOf` of such unions (seed 997033468).
   */
  private prototypeNamedProperties(node: SchemaNode): Property[] {
    const found = new Map<string, Property>();
    const opened = new Set<string>();
    const visit = (current: SchemaNode, depth: number): void => {
      if (depth > MAX_SHAPE_DEPTH) return;
      const flat = flattenObject(this.model, current);
      if (flat !== undefined) {
        for (const property of flat.properties)
          if (PROTOTYPE_NAMES.has(property.sdkName) && !found.has(property.wireName))
            found.set(property.wireName, property);
        return;
      }
      if (current.kind === "ref") {
        if (opened.has(current.target)) return;
        opened.add(current.target);
        visit(named(this.model, current.target).schema, depth + 1);
      } else if (current.kind === "union" || current.kind === "allOf") {
        for (const member of current.members) visit(member, depth + 1);
      }
    };
    visit(node, 0);
    return [...found.values()];
  }

  /**
   * Whether an optional property belongs in an example object: it has an example (its own or
   * its referenced schema's), or it is an object with an example somewhere below it; never when
   * it is deprecated or has a valid default.
   */
  private includesOptional(property: Property): boolean {
    const node = property.schema;
    // An object literal without `valueOf` does not fit `{ valueOf?: number }`: TypeScript reads
    // the missing key as Object.prototype's method. Such a property is always given a value (one
    // that holds none leaves its object without an example: synthesiseObject).
    if (PROTOTYPE_NAMES.has(property.sdkName)) return true;
    if (node.deprecated === true || this.validDefault(node)) return false;
    return this.hasExample(node);
  }

  private hasExample(node: SchemaNode): boolean {
    if (node.examples.length > 0 && this.specExample(node)) return true;
    if (node.kind === "ref") {
      const target = named(this.model, node.target).schema;
      if (target.examples.length > 0 && this.specExample(target)) return true;
    }
    return this.isObjectShaped(node) && this.exampleBelow(node, new Set());
  }

  private isObjectShaped(node: SchemaNode): boolean {
    return flattenObject(this.model, node) !== undefined;
  }

  /** True when any node reachable from this one (through references too) carries an example. */
  private exampleBelow(node: SchemaNode, visiting: Set<string>): boolean {
    if (node.examples.length > 0) return true;
    switch (node.kind) {
      case "ref": {
        const known = this.examplesBelow.get(node.target);
        if (known !== undefined) return known;
        if (visiting.has(node.target)) return false;
        visiting.add(node.target);
        const found = this.exampleBelow(named(this.model, node.target).schema, visiting);
        visiting.delete(node.target);
        // A "no" found while a cycle was open may be incomplete; a "yes" is always final.
        if (found || visiting.size === 0) this.examplesBelow.set(node.target, found);
        return found;
      }
      case "array":
        return (
          this.exampleBelow(node.items, visiting) ||
          (node.prefixItems ?? []).some((item) => this.exampleBelow(item, visiting))
        );
      case "object":
        return (
          node.properties.some((property) => this.exampleBelow(property.schema, visiting)) ||
          (typeof node.additionalProperties === "object" && this.exampleBelow(node.additionalProperties, visiting))
        );
      case "union":
      case "allOf":
        return node.members.some((member) => this.exampleBelow(member, visiting));
      default:
        return false;
    }
  }

  private synthesise(node: SchemaNode): JsonValue | undefined {
    const opened = this.open.get(node) ?? 0;
    if (opened >= MAX_REENTRY) {
      this.cuts++;
      return undefined;
    }
    this.open.set(node, opened + 1);
    try {
      return this.synthesiseOfKind(node);
    } finally {
      if (opened === 0) this.open.delete(node);
      else this.open.set(node, opened);
    }
  }

  private synthesiseOfKind(node: SchemaNode): JsonValue | undefined {
    switch (node.kind) {
      case "any":
        return PLACEHOLDER;
      case "never":
        return undefined;
      case "null":
        return null;
      case "boolean":
        return false;
      case "number":
        return synthesiseNumber(node);
      case "string":
        return synthesiseString(node);
      case "enum":
        return node.values[0];
      case "ref":
        return this.forNamed(node.target);
      case "array":
        return this.synthesiseArray(node);
      case "object":
      case "allOf":
        return this.synthesiseObject(node);
      case "union":
        return this.synthesiseUnion(node);
    }
  }

  private synthesiseArray(node: Extract<SchemaNode, { kind: "array" }>): JsonValue[] {
    const prefix = node.prefixItems ?? [];
    let count = Math.max(node.minItems ?? 0, prefix.length, 1);
    if (node.maxItems !== undefined) count = Math.min(count, node.maxItems);
    // Items no value satisfies (`false`, an impossible allOf): the array holds none of them.
    if (holdsNoValue(this.model, node.items)) count = Math.min(count, prefix.length);
    const out: JsonValue[] = [];
    for (let i = 0; i < count; i++) {
      const value = this.valueOf(prefix[i] ?? node.items);
      if (value === undefined) break;
      out.push(value);
    }
    return out;
  }

  private synthesiseObject(node: Extract<SchemaNode, { kind: "object" | "allOf" }>): JsonValue | undefined {
    const flat = flattenObject(this.model, node);
    if (!flat) {
      const members = node.kind === "allOf" ? node.members : [];
      const candidates = [
        () => this.mergedMembers(members),
        ...members.map((member) => () => this.valueOf(member)),
        // When no member's own value fits the others, a value one of them lists may.
        ...listedValues(this.model, members).map((value) => () => value),
      ];
      // Unlike a union's, a member's value that misses the others may not even have the
      // intersection's TypeScript type (`0` for `enum [0, "*/"]` and a date string): none then.
      return this.firstFittingOf(candidates, node, { orFirst: false });
    }
    const versions = node.kind === "allOf" ? this.propertyVersions(node) : new Map<string, SchemaNode[]>();
    const out: { [key: string]: JsonValue } = {};
    for (const property of flat.properties) {
      // An optional `toString` that holds no value cannot be left out either: TypeScript reads the
      // missing key as the inherited method, which its type refuses. No literal compiles.
      if (PROTOTYPE_NAMES.has(property.sdkName) && holdsNoValue(this.model, property.schema)) return undefined;
      if (!property.required && !this.includesOptional(property)) continue;
      const value = this.propertyValue(property, versions.get(property.wireName) ?? []);
      if (value !== undefined) defineKey(out, property.wireName, value);
      // A required key left out does not compile (TS2741): no value for the key, none for the object.
      else if (property.required) return undefined;
      // Cut short by a recursion (`constructor?: Self`): without the key, TypeScript reads the
      // inherited `constructor` and no literal compiles.
      else if (PROTOTYPE_NAMES.has(property.sdkName)) return undefined;
    }
    for (const { name, owner } of flat.extraRequired) {
      if (Object.hasOwn(out, name)) continue;
      const value = this.undeclaredValue(owner, name);
      if (value === undefined) return undefined;
      defineKey(out, name, value);
    }
    if (flat.source?.minProperties !== undefined) this.fillToMinProperties(out, flat.properties, flat.source);
    return out;
  }

  /**
   * Adds keys until the object holds `minProperties` of them (a tag map of at least one entry):
   * the optional properties first, then undeclared names (`key1`, `key2`…) that only
   * `additionalProperties` governs. Bounded, and best effort: a value still short of the
   * minimum is caught by `fits` like any other.
   */
  private fillToMinProperties(
    out: { [key: string]: JsonValue },
    properties: readonly Property[],
    node: ObjectNode,
  ): void {
    const wanted = Math.min(node.minProperties ?? 0, node.maxProperties ?? Number.POSITIVE_INFINITY, MAX_FILLED_KEYS);
    for (const property of properties) {
      if (Object.keys(out).length >= wanted) return;
      if (Object.hasOwn(out, property.wireName) || holdsNoValue(this.model, property.schema)) continue;
      const value = this.valueOf(property.schema);
      if (value !== undefined) defineKey(out, property.wireName, value);
    }
    const patterns = (node.patternProperties ?? []).map((entry) => patternRegExp(entry.pattern));
    for (let index = 1; Object.keys(out).length < wanted && index <= 2 * MAX_FILLED_KEYS; index++) {
      const name = `key${index}`;
      if (Object.hasOwn(out, name) || PROTOTYPE_NAMES.has(name)) continue;
      if (node.properties.some((property) => property.wireName === name)) continue;
      // A name some pattern governs (or might: an unknown dialect) is not the additional kind.
      if (patterns.some((pattern) => pattern === undefined || pattern.test(name))) return;
      if (node.propertyNames !== undefined && !fits(name, node.propertyNames, this.model)) return;
      const value = this.undeclaredValue(node, name);
      if (value === undefined) return;
      defineKey(out, name, value);
    }
  }

  /**
   * The value of a required name that no property declares: it must satisfy every pattern
   * property whose pattern matches the name, else `additionalProperties`.
   */
  private undeclaredValue(node: ObjectNode, name: string): JsonValue | undefined {
    const matching = (node.patternProperties ?? [])
      .filter((entry) => patternRegExp(entry.pattern)?.test(name) ?? false)
      .map((entry) => entry.schema);
    if (matching.length > 0) {
      const value = this.valueOf(matching[0]!);
      return value !== undefined && matching.every((schema) => fits(value, schema, this.model)) ? value : undefined;
    }
    const rest = node.additionalProperties;
    if (rest === false) return undefined;
    return rest === true ? PLACEHOLDER : this.valueOf(rest);
  }

  /**
   * In an `allOf`, a property replaced by a later member must still satisfy the earlier ones
   * (JSON Schema applies every member): the value is the first, from the last version back,
   * that fits them all.
   */
  private propertyValue(property: Property, versions: readonly SchemaNode[]): JsonValue | undefined {
    const value = this.valueOf(property.schema);
    if (versions.length < 2 || (value !== undefined && versions.every((version) => fits(value, version, this.model))))
      return value;
    const candidates = [...versions]
      .reverse()
      .flatMap((version) => [version, ...(version.kind === "union" ? version.members : [])]);
    for (const version of candidates) {
      const candidate = this.valueOf(version);
      if (candidate !== undefined && versions.every((other) => fits(candidate, other, this.model))) return candidate;
    }
    return value;
  }

  /** Every schema given to each property name by the members of an `allOf`, in member order. */
  private propertyVersions(node: Extract<SchemaNode, { kind: "allOf" }>): Map<string, SchemaNode[]> {
    const versions = new Map<string, SchemaNode[]>();
    const visit = (member: SchemaNode, seen: Set<string>): void => {
      if (member.kind === "ref") {
        if (seen.has(member.target)) return;
        visit(named(this.model, member.target).schema, new Set([...seen, member.target]));
      } else if (member.kind === "allOf") {
        for (const inner of member.members) visit(inner, seen);
      } else if (member.kind === "object") {
        for (const property of member.properties)
          versions.set(property.wireName, [...(versions.get(property.wireName) ?? []), property.schema]);
      }
    };
    visit(node, new Set());
    return versions;
  }

  /** The members' values merged key by key (earlier members win), for an `allOf` that is not one plain object. */
  private mergedMembers(members: readonly SchemaNode[]): JsonValue | undefined {
    const values = members.map((member) => this.valueOf(member));
    if (!values.every((value) => typeof value === "object" && value !== null && !Array.isArray(value)))
      return undefined;
    const out: { [key: string]: JsonValue } = {};
    for (const value of values as { [key: string]: JsonValue }[]) {
      for (const key of Object.keys(value)) if (!Object.hasOwn(out, key)) defineKey(out, key, value[key]!);
    }
    return out;
  }

  private synthesiseUnion(node: UnionNode): JsonValue | undefined {
    const members = node.members.map((member) => () => this.discriminated(node, member));
    return this.firstFittingOf(members, node);
  }

  /** A member's value with the discriminator property set to the value that selects it. */
  private discriminated(union: UnionNode, member: SchemaNode): JsonValue | undefined {
    const value = this.valueOf(member);
    const discriminator = union.discriminator;
    if (!discriminator || member.kind !== "ref" || typeof value !== "object" || value === null || Array.isArray(value))
      return value;
    // The member's own schema usually pins the value already (`type: enum [text]`).
    if (Object.hasOwn(value, discriminator.propertyName)) return value;
    const selecting = discriminator.mapping.find((entry) => entry.target === member.target)?.value ?? member.target;
    const copy: { [key: string]: JsonValue } = {};
    for (const key of Object.keys(value)) defineKey(copy, key, value[key]!);
    defineKey(copy, discriminator.propertyName, selecting);
    return copy;
  }

  /** The first candidate value that fits the whole node, else (`orFirst`) the first one at all. */
  private firstFittingOf(
    candidates: readonly (() => JsonValue | undefined)[],
    whole: SchemaNode,
    { orFirst = true }: { orFirst?: boolean } = {},
  ): JsonValue | undefined {
    let first: JsonValue | undefined;
    for (const candidate of candidates) {
      const value = candidate();
      if (value === undefined) continue;
      if (fits(value, whole, this.model)) return value;
      if (first === undefined) first = value;
    }
    return orFirst ? first : undefined;
  }
}

/** The values `enum`/`const` members (also inside unions and references) list, and `null` where one admits it. */
function listedValues(model: Model, members: readonly SchemaNode[]): JsonValue[] {
  const out: JsonValue[] = [];
  const visit = (node: SchemaNode, depth: number): void => {
    if (depth > 4 || out.length > 64) return;
    if (node.nullable || node.kind === "null") out.push(null);
    if (node.kind === "enum") out.push(...node.values.slice(0, 64));
    else if (node.kind === "union") for (const member of node.members) visit(member, depth + 1);
    else if (node.kind === "ref") {
      const target = model.schemas.get(node.target);
      if (target !== undefined) visit(target.schema, depth + 1);
    }
  };
  for (const member of members) visit(member, 0);
  return [...new Set(out)];
}

/** How deep `prototypeNamedProperties` follows unions, `allOf`s and references. */
const MAX_SHAPE_DEPTH = 16;

/** How many keys an example object is given to meet `minProperties` at most. */
const MAX_FILLED_KEYS = 8;

/** Sets a key as an own data property, so that `__proto__` from a spec stays a plain key. */
export function defineKey(target: { [key: string]: JsonValue }, key: string, value: JsonValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
