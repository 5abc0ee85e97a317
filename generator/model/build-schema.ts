import { SpecError, type SourceLocation } from "../errors.js";
import { joinPointer } from "../codegen/json-pointer.js";
import { isRecord } from "../load/schema-walk.js";
import { NUMBER_FORMAT_NAMES, STRING_FORMAT_NAMES } from "./format-names.js";
import { titleName } from "./inline-names.js";
import { capitalizeWords, sdkNames } from "./names.js";
import type { Annotations, JsonValue, SchemaNode, SpecValue, Property, ObjectNode, Discriminator } from "./model.js";

/** What schema normalisation needs from the model builder. */
export interface SchemaContext {
  /** Resolves a `$ref` to the key of a named schema, registering it if needed. */
  refTarget(ref: string, pointer: string): string;
  /**
   * Registers an inline schema under a name of its own and returns its key. With `fallback`
   * (the preferred name came from a `title`), a preferred name that is taken is not suffixed:
   * the fallback is used and the collision reported.
   */
  hoist(
    preferredName: string,
    raw: Record<string, unknown>,
    pointer: string,
    parent: string,
    fallback?: string,
  ): string;
  locate(pointer: string): SourceLocation;
  /** The raw schema a local `$ref` names, if any (for questions asked before it is built). */
  resolveRaw(ref: string): unknown;
  readonly version: "3.0" | "3.1" | "3.2";
}

/**
 * Where an inline schema sits inside a named schema, so that it can be hoisted under a name.
 * `name` is the name it would get (`RoleSystemMessage`, `ResponseFormat1`); it is absent at the
 * root of a named schema and outside components, where nothing is hoisted.
 */
export interface Placement {
  /** Type name of the named schema this inline schema belongs to. */
  readonly parent?: string | undefined;
  readonly name?: string | undefined;
  /** The positional name (`ChatCompletionMessage2`) when `name` came from the schema's `title`. */
  readonly fallbackName?: string | undefined;
  /** A union member: its description describes the named schema, which keeps it. */
  readonly unionMember?: boolean | undefined;
  /** At the root of a union named `<X>Union`: its members are named `<X>1`, `<X>2`… */
  readonly memberBase?: string | undefined;
}

const ANNOTATION_ONLY = new Set([
  "description",
  "title",
  "deprecated",
  "readOnly",
  "writeOnly",
  "default",
  "example",
  "examples",
  "nullable",
  "$comment",
  "externalDocs",
  "xml",
  "$id",
  "$schema",
  "$anchor",
  "contentEncoding",
  "contentMediaType",
]);

const UNSUPPORTED = [
  "if",
  "then",
  "else",
  "dependentRequired",
  "dependentSchemas",
  "dependencies",
  "unevaluatedProperties",
  "unevaluatedItems",
  "$dynamicRef",
  "additionalItems",
] as const;

export function buildSchema(raw: unknown, pointer: string, ctx: SchemaContext, placement: Placement = {}): SchemaNode {
  if (raw === true || raw === undefined) return { kind: "any", pointer, examples: [], nullable: false };
  if (raw === false) return { kind: "never", pointer, examples: [], nullable: false };
  if (!isRecord(raw)) throw new SpecError("STRUCTURE", "a schema must be an object or a boolean", ctx.locate(pointer));
  const annotations = readAnnotations(raw, pointer, ctx);

  if (typeof raw.$ref === "string") {
    const target = ctx.refTarget(raw.$ref, joinPointer(pointer, "$ref"));
    // 3.0: `nullable` beside a `$ref` is ignored with every other sibling (twilio's `{$ref, type,
    // nullable: true}` refuses null in Ajv, and openapi-typescript types it as the target alone).
    const ref: SchemaNode = node(ctx.version === "3.0" ? { ...annotations, nullable: false } : annotations, {
      kind: "ref",
      target,
    });
    const { $ref: _ignored, ...siblings } = raw;
    // 3.1 lets a `$ref` carry constraints beside it; they apply together with the target. In 3.0
    // (draft-04) they are ignored, as Ajv ignores them.
    if (
      ctx.version === "3.1" &&
      Object.keys(siblings).some((key) => !ANNOTATION_ONLY.has(key) && !key.startsWith("x-"))
    ) {
      const rest = buildSchema(siblings, pointer, ctx, placement);
      return node(annotations, { kind: "allOf", members: [Object.assign({}, ref, { description: undefined }), rest] });
    }
    return ref;
  }

  const composition = buildComposition(raw, pointer, ctx, placement, annotations);
  if (composition) return composition;
  return buildTyped(raw, pointer, ctx, placement, annotations);
}

function readAnnotations(raw: Record<string, unknown>, pointer: string, ctx: SchemaContext): Annotations {
  const examples: SpecValue[] = [];
  if ("example" in raw) examples.push({ value: raw.example as JsonValue, pointer: joinPointer(pointer, "example") });
  if (Array.isArray(raw.examples))
    raw.examples.forEach((value, i) =>
      examples.push({ value: value as JsonValue, pointer: joinPointer(pointer, "examples", i) }),
    );
  const unsupported = UNSUPPORTED.filter((key) => key in raw);
  return {
    pointer,
    title: typeof raw.title === "string" ? raw.title : undefined,
    description: typeof raw.description === "string" ? raw.description : undefined,
    deprecated: raw.deprecated === true ? true : undefined,
    readOnly: raw.readOnly === true ? true : undefined,
    writeOnly: raw.writeOnly === true ? true : undefined,
    default:
      "default" in raw ? { value: raw.default as JsonValue, pointer: joinPointer(pointer, "default") } : undefined,
    examples,
    // 3.0.3: `nullable` adds null to the `type` written beside it, nothing else (no `type`, no
    // effect; an `enum` must list null itself). 3.1 has no `nullable` keyword.
    nullable:
      raw.nullable === true &&
      ctx.version === "3.0" &&
      raw.type !== undefined &&
      !(Array.isArray(raw.enum) && !raw.enum.includes(null)),
    not: "not" in raw ? buildSchema(raw.not, joinPointer(pointer, "not"), ctx) : undefined,
    unsupported: unsupported.length > 0 ? unsupported : undefined,
  };
}

/**
 * A schema node: the annotations' fields, then the kind's own (which win). Not written
 * `{ ...annotations, kind, ... }`: V8 (Node 20) builds a spread followed by more keys by growing
 * a clone one key at a time, 10 to 50 times slower than a literal (measured: 2 s against 0.1 s
 * for 200,000 nodes); on GitHub's description that was most of the model's build time.
 */
function node<T extends Partial<Annotations> & { readonly kind?: SchemaNode["kind"] }>(
  annotations: Annotations,
  own: T,
): Annotations & T {
  const fields: Annotations = {
    pointer: annotations.pointer,
    title: annotations.title,
    description: annotations.description,
    deprecated: annotations.deprecated,
    readOnly: annotations.readOnly,
    writeOnly: annotations.writeOnly,
    default: annotations.default,
    examples: annotations.examples,
    nullable: annotations.nullable,
    not: annotations.not,
    unsupported: annotations.unsupported,
  };
  return Object.assign(fields, own);
}

function isNullSchema(raw: unknown): boolean {
  return (
    isRecord(raw) &&
    (raw.type === "null" || (Array.isArray(raw.type) && raw.type.length === 1 && raw.type[0] === "null")) &&
    Object.keys(raw).every((key) => key === "type" || ANNOTATION_ONLY.has(key) || key.startsWith("x-"))
  );
}

/**
 * Whether a schema as written may hold `null`; when in doubt, yes (keeping a `null` member of a
 * oneOf is always right, folding it into `nullable` only when no other member holds null). A
 * `$ref` is asked of its target: `oneOf: [$ref, {type: null}]`, the usual way to write `X | null`,
 * folds when X holds no null; a target of `type: null` holds it (found by a fuzz run).
 */
function mayHoldNull(raw: unknown, depth: number, ctx: SchemaContext): boolean {
  if (raw === true) return true;
  if (!isRecord(raw)) return false;
  if (depth > 8) return true;
  if (raw.nullable === true || ("const" in raw && raw.const === null)) return true;
  if (typeof raw.$ref === "string") {
    const target = ctx.resolveRaw(raw.$ref);
    return target !== undefined && mayHoldNull(target, depth + 1, ctx);
  }
  if ("const" in raw) return false;
  if (Array.isArray(raw.enum)) return raw.enum.includes(null);
  if (typeof raw.type === "string") return raw.type === "null";
  if (Array.isArray(raw.type)) return raw.type.includes("null");
  for (const mode of ["oneOf", "anyOf"] as const) {
    const members = raw[mode];
    if (Array.isArray(members)) return members.some((member) => mayHoldNull(member, depth + 1, ctx));
  }
  if (Array.isArray(raw.allOf)) return raw.allOf.every((member) => mayHoldNull(member, depth + 1, ctx));
  return true;
}

/** True when a schema has shape keywords besides the composition ones. */
function hasOwnShape(raw: Record<string, unknown>): boolean {
  return Object.keys(raw).some(
    (key) =>
      !ANNOTATION_ONLY.has(key) &&
      !key.startsWith("x-") &&
      !["allOf", "anyOf", "oneOf", "discriminator", "not", ...UNSUPPORTED].includes(key),
  );
}

function buildComposition(
  raw: Record<string, unknown>,
  pointer: string,
  ctx: SchemaContext,
  placement: Placement,
  annotations: Annotations,
): SchemaNode | undefined {
  const parts: SchemaNode[] = [];
  for (const mode of ["oneOf", "anyOf"] as const) {
    const list = raw[mode];
    if (!Array.isArray(list)) continue;
    // A `null` member becomes `nullable` (`X | null`), unless in a oneOf another member may hold
    // null too (a second `{type: null}` included): then null matches two members, and the oneOf refuses it.
    const nullMembers = list.filter(isNullSchema).length;
    const folded = (member: unknown): boolean =>
      isNullSchema(member) &&
      (mode === "anyOf" ||
        (nullMembers === 1 && !list.some((other) => !isNullSchema(other) && mayHoldNull(other, 0, ctx))));
    const nullable = list.some(folded);
    const nonNull = list.filter((member) => !folded(member)).length;
    const members: SchemaNode[] = [];
    let position = 0;
    list.forEach((member, i) => {
      if (folded(member)) return;
      position++;
      // A lone non-null branch stands where the union stands; real members are numbered.
      const memberPlace = nonNull === 1 ? placement : memberPlacement(placement, position, member);
      members.push(buildSchema(member, joinPointer(pointer, mode, i), ctx, memberPlace));
    });
    if (members.length === 1 && !isRecord(raw.discriminator)) {
      // `oneOf: [{type: null}, X]` is X or null; the branch's description serves when there is none outside.
      const only = members[0]!;
      parts.push(Object.assign({}, only, { nullable: only.nullable || nullable, description: only.description }));
    } else {
      parts.push({
        kind: "union",
        mode,
        members,
        pointer: joinPointer(pointer, mode),
        examples: [],
        nullable,
        discriminator: readDiscriminator(raw.discriminator, joinPointer(pointer, "discriminator"), ctx),
      });
    }
  }
  if (Array.isArray(raw.allOf)) {
    // allOf members are parts of this schema, not schemas of their own: never hoisted themselves.
    const memberPlace: Placement = { parent: placement.parent };
    const members = raw.allOf.map((member, i) =>
      buildSchema(member, joinPointer(pointer, "allOf", i), ctx, memberPlace),
    );
    parts.push(
      members.length === 1
        ? members[0]!
        : { kind: "allOf", members, pointer: joinPointer(pointer, "allOf"), examples: [], nullable: false },
    );
  }
  if (parts.length === 0) return undefined;
  if (hasOwnShape(raw)) {
    const { allOf: _a, oneOf: _o, anyOf: _n, discriminator: _d, ...own } = raw;
    parts.unshift(
      buildTyped(
        own,
        pointer,
        ctx,
        placement,
        node(annotations, { description: undefined, examples: [], default: undefined }),
      ),
    );
  }
  const nullable = annotations.nullable || (parts.length === 1 && parts[0]!.nullable);
  if (parts.length === 1) {
    const only = parts[0]!;
    return Object.assign({}, only, definedAnnotations(annotations), {
      pointer,
      nullable,
      description: annotations.description ?? only.description,
    });
  }
  return node(annotations, { kind: "allOf", members: parts, nullable });
}

/** The annotations that are actually set, so that spreading them does not erase a member's own. */
function definedAnnotations(annotations: Annotations): Partial<Annotations> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(annotations)) {
    if (value === undefined || key === "nullable" || key === "pointer") continue;
    if (key === "examples" && (value as unknown[]).length === 0) continue;
    out[key] = value;
  }
  return out as Partial<Annotations>;
}

/** A union member's name: its `title` (`System`) when it has one, else `<Union><position>`. */
function memberPlacement(placement: Placement, index: number, raw: unknown): Placement {
  if (placement.parent === undefined) return {};
  const positional = `${placement.name ?? placement.memberBase ?? placement.parent}${index}`;
  const titled = titleName(raw);
  if (titled !== undefined)
    return { parent: placement.parent, name: titled, fallbackName: positional, unionMember: true };
  return { parent: placement.parent, name: positional, unionMember: true };
}

function readDiscriminator(raw: unknown, pointer: string, ctx: SchemaContext): Discriminator | undefined {
  if (!isRecord(raw) || typeof raw.propertyName !== "string") return undefined;
  const mapping: { value: string; target: string }[] = [];
  if (isRecord(raw.mapping)) {
    for (const value of Object.keys(raw.mapping)) {
      const ref = raw.mapping[value];
      if (typeof ref !== "string") continue;
      const full = ref.startsWith("#") ? ref : `#/components/schemas/${ref}`;
      mapping.push({ value, target: ctx.refTarget(full, joinPointer(pointer, "mapping", value)) });
    }
  }
  return { propertyName: raw.propertyName, mapping };
}

function typesOf(raw: Record<string, unknown>): string[] | undefined {
  if (typeof raw.type === "string") return [raw.type];
  if (Array.isArray(raw.type)) return raw.type.filter((t): t is string => typeof t === "string");
  return undefined;
}

function buildTyped(
  raw: Record<string, unknown>,
  pointer: string,
  ctx: SchemaContext,
  placement: Placement,
  annotations: Annotations,
): SchemaNode {
  let types = typesOf(raw);
  let nullable = annotations.nullable;
  if (types?.includes("null")) {
    nullable = true;
    types = types.filter((t) => t !== "null");
    if (types.length === 0) return node(annotations, { kind: "null", nullable: false });
  }

  if ("const" in raw || Array.isArray(raw.enum)) {
    const isConst = "const" in raw;
    let values = (isConst ? [raw.const] : (raw.enum as unknown[])) as JsonValue[];
    refuseScalarsOfObject(values, types, isConst, pointer, ctx);
    if (values.some((value) => value === null)) {
      nullable = true;
      values = values.filter((value) => value !== null);
    }
    const written = values;
    if (types) values = values.filter((value) => types!.some((t) => matchesType(value, t)));
    if (values.length === 0 && !nullable && written.length > 0) {
      const asWritten = node(
        { ...annotations, examples: [], default: undefined },
        {
          kind: "enum",
          values: written,
          isConst,
          nullable: false,
          siblings: assertionsBeside(raw, pointer, ctx, placement, true),
        },
      );
      return node(annotations, { kind: "never", nullable: false, asWritten });
    }
    if (values.length === 0) return node(annotations, { kind: nullable ? "null" : "never", nullable: false });
    if (!isConst && values.every((v) => typeof v === "string") && placement.name !== undefined) {
      return hoisted(raw, ctx, placement, annotations, nullable);
    }
    const siblings = assertionsBeside(raw, pointer, ctx, placement);
    // 3.0's `nullable` lets null through `type` (not through `enum`): null then fails `enum` only.
    const typeList =
      types && types.length > 0
        ? raw.nullable === true && ctx.version === "3.0"
          ? [...types, "null"]
          : types
        : undefined;
    return node(annotations, { kind: "enum", values, isConst, nullable, types: typeList, siblings });
  }

  const asserted = types !== undefined;
  if (!types) {
    types = inferTypes(raw);
    // Keywords of several types and no `type` (`required` beside `items`): each set applies to
    // values of its own type, every other value passes. Each member lets the others' types through.
    if (types.length > 1) {
      const members = types.map((type) =>
        buildOfType(type, raw, pointer, ctx, {}, { pointer, examples: [], nullable: false }, false),
      );
      return node(annotations, { kind: "allOf", members, nullable, byKind: true });
    }
  }
  if (types.length === 0) return node(annotations, { kind: "any", nullable: false });
  if (types.length > 1) {
    const members = types.map((type) =>
      buildOfType(type, raw, pointer, ctx, placement, { pointer, examples: [], nullable: false }, true),
    );
    return node(annotations, { kind: "union", mode: "anyOf", members, nullable, byType: true });
  }
  const type = types[0]!;
  // Decided before building: an inline object with properties gets a name of its own and is built once, there.
  if (
    type === "object" &&
    placement.name !== undefined &&
    isRecord(raw.properties) &&
    Object.keys(raw.properties).length > 0
  ) {
    return hoisted(raw, ctx, placement, annotations, nullable);
  }
  const built = buildOfType(type, raw, pointer, ctx, placement, node(annotations, { nullable }), asserted);
  const foreign = asserted ? foreignNodes(type, raw, pointer, ctx) : [];
  return foreign.length === 0 ? built : { ...built, foreign };
}

/**
 * For `type: T` beside keywords of other types (`required` beside `type: array`, `items` beside
 * `type: object` in just-eat.co.uk's BasketTotals): one untyped node per other type, with those
 * keywords (and its `format`). Only collecting validators read them: a value of another type
 * already fails `type`, and Ajv adds these keywords' errors.
 */
function foreignNodes(type: string, raw: Record<string, unknown>, pointer: string, ctx: SchemaContext): SchemaNode[] {
  const own = type === "integer" ? "number" : type;
  const out: SchemaNode[] = [];
  for (const { type: other, flat, nested } of TYPE_KEYWORDS) {
    if (other === own) continue;
    const subset: Record<string, unknown> = {};
    for (const keyword of [...flat, ...nested]) if (keyword in raw) subset[keyword] = raw[keyword];
    if (formatsOf(other)?.has(raw.format as string)) subset.format = raw.format;
    if (Object.keys(subset).length === 0) continue;
    out.push(buildOfType(other, subset, pointer, ctx, {}, { pointer, examples: [], nullable: false }, false));
  }
  return out;
}

/**
 * Replaces an inline enum or object by a reference to a named schema of its own, so that every
 * emitter gives it one name, one type, one docs page. The reference keeps the property's own
 * description and examples; the hoisted schema keeps the rest.
 */
function hoisted(
  raw: Record<string, unknown>,
  ctx: SchemaContext,
  placement: Placement,
  annotations: Annotations,
  nullable: boolean,
): SchemaNode {
  const { description, example: _e, examples: _x, default: _f, deprecated: _p, nullable: written, ...shape } = raw;
  // 3.0's `nullable` beside an enum that does not list null lets null through `type` only: the
  // hoisted enum keeps it, so that null fails its `enum` alone, as Ajv reports it.
  if (written === true && !nullable) shape.nullable = true;
  // A union member's description says what the shape is (the reference shows it on its page).
  const kept = placement.unionMember === true && description !== undefined ? { description, ...shape } : shape;
  const target = ctx.hoist(
    placement.name!,
    withoutNull(kept),
    annotations.pointer,
    placement.parent!,
    placement.fallbackName,
  );
  return node(annotations, { kind: "ref", target, nullable });
}

/**
 * The keywords beside an `enum`/`const` that assert something of their own (`minLength: 1` beside
 * breadcrumbs.one's chain enum, `format: int32` beside mbus's baudrate), with `type` and
 * `nullable`, built as a schema without the enum; `undefined` when there are none.
 */
function assertionsBeside(
  raw: Record<string, unknown>,
  pointer: string,
  ctx: SchemaContext,
  placement: Placement,
  typeAlone = false,
): SchemaNode | undefined {
  // `not` is the enum node's own (read with its annotations), checked once.
  const kept = Object.entries(raw).filter(
    ([key]) =>
      key !== "enum" &&
      key !== "const" &&
      key !== "not" &&
      (!ANNOTATION_ONLY.has(key) || key === "nullable") &&
      !key.startsWith("x-"),
  );
  if (!kept.some(([key]) => (typeAlone && key === "type") || (key !== "type" && key !== "nullable"))) return undefined;
  return buildSchema(Object.fromEntries(kept), pointer, ctx, { parent: placement.parent });
}

function withoutNull(raw: Record<string, unknown>): Record<string, unknown> {
  const out = { ...raw };
  if (Array.isArray(out.type)) {
    const rest = out.type.filter((t) => t !== "null");
    out.type = rest.length === 1 ? rest[0] : rest;
  }
  if (Array.isArray(out.enum)) out.enum = out.enum.filter((v) => v !== null);
  return out;
}

/**
 * `type: object` with an enum of strings (mercedes-benz.com/configurator's ProductGroup) is a
 * schema no value fits, surely meant as a string enum; openapi-typescript reads the members of
 * such an enum as schemas and cannot type the document. Refused, naming the value that is not an object.
 */
function refuseScalarsOfObject(
  values: readonly JsonValue[],
  types: readonly string[] | undefined,
  isConst: boolean,
  pointer: string,
  ctx: SchemaContext,
): void {
  if (types?.length !== 1 || types[0] !== "object") return;
  const index = values.findIndex((value) => value !== null && !isRecord(value));
  if (index < 0) return;
  const at = isConst ? joinPointer(pointer, "const") : joinPointer(pointer, "enum", index);
  throw new SpecError(
    "STRUCTURE",
    `${isConst ? "const" : "enum value"} ${JSON.stringify(values[index])} is not an object, but the schema's type is object: no value fits this schema`,
    ctx.locate(at),
  );
}

function matchesType(value: unknown, type: string): boolean {
  switch (type) {
    case "string":
      return typeof value === "string";
    case "number":
      return typeof value === "number";
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "boolean":
      return typeof value === "boolean";
    case "array":
      return Array.isArray(value);
    case "object":
      return isRecord(value);
    default:
      return value === null;
  }
}

/**
 * The keywords that apply to values of one JSON type only, by type: those holding no subschema
 * (`flat`), then those that do. Listed in the order types are inferred from a schema without `type`.
 */
const TYPE_KEYWORDS: readonly {
  readonly type: string;
  readonly flat: readonly string[];
  readonly nested: readonly string[];
}[] = [
  {
    type: "object",
    flat: ["required", "minProperties", "maxProperties"],
    nested: ["properties", "additionalProperties", "patternProperties", "propertyNames"],
  },
  { type: "array", flat: ["minItems", "maxItems", "uniqueItems"], nested: ["items", "prefixItems", "contains"] },
  { type: "string", flat: ["minLength", "maxLength", "pattern"], nested: [] },
  { type: "number", flat: ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"], nested: [] },
];

/** The formats that say which type a schema is about (a format checks values of that type only). */
function formatsOf(type: string): ReadonlySet<string> | undefined {
  return type === "string" ? STRING_FORMATS : type === "number" ? NUMBER_FORMATS : undefined;
}

/** The types whose keywords a schema without `type` holds, in the order object, array, string, number. */
function inferTypes(raw: Record<string, unknown>): string[] {
  return TYPE_KEYWORDS.filter(
    ({ type, flat, nested }) =>
      flat.some((keyword) => keyword in raw) ||
      nested.some((keyword) => keyword in raw) ||
      formatsOf(type)?.has(raw.format as string) === true,
  ).map(({ type }) => type);
}

/** Formats that say which type a schema without `type` is about (a check applies to that type only). */
const STRING_FORMATS: ReadonlySet<string> = new Set(STRING_FORMAT_NAMES);
const NUMBER_FORMATS: ReadonlySet<string> = new Set(NUMBER_FORMAT_NAMES);

function num(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

function buildOfType(
  type: string,
  raw: Record<string, unknown>,
  pointer: string,
  ctx: SchemaContext,
  placement: Placement,
  annotations: Annotations,
  typeAsserted: boolean,
): SchemaNode {
  switch (type) {
    case "boolean":
      return node(annotations, { kind: "boolean" });
    case "integer":
    case "number": {
      // JSON's 1e400 reads as Infinity, as Ajv reads it: an upper bound of +Infinity (or a lower
      // one of -Infinity) lets every number through and is dropped below; a lower bound of
      // +Infinity (or an upper one of -Infinity) lets none through: no number holds.
      if (
        typeAsserted &&
        (raw.minimum === Infinity ||
          raw.exclusiveMinimum === Infinity ||
          raw.maximum === -Infinity ||
          raw.exclusiveMaximum === -Infinity)
      ) {
        return node(annotations, { kind: "never" });
      }
      // 3.0 (draft-04) spells exclusive bounds as booleans beside minimum/maximum.
      const exclusiveMin = raw.exclusiveMinimum === true ? num(raw.minimum) : num(raw.exclusiveMinimum);
      const exclusiveMax = raw.exclusiveMaximum === true ? num(raw.maximum) : num(raw.exclusiveMaximum);
      return node(annotations, {
        kind: "number",
        integer: type === "integer",
        typeAsserted: typeAsserted ? undefined : false,
        format: typeof raw.format === "string" ? raw.format : undefined,
        minimum: raw.exclusiveMinimum === true ? undefined : num(raw.minimum),
        maximum: raw.exclusiveMaximum === true ? undefined : num(raw.maximum),
        exclusiveMinimum: exclusiveMin,
        exclusiveMaximum: exclusiveMax,
        multipleOf: num(raw.multipleOf),
      });
    }
    case "string":
      return node(annotations, {
        kind: "string",
        typeAsserted: typeAsserted ? undefined : false,
        format: typeof raw.format === "string" ? raw.format : undefined,
        minLength: num(raw.minLength),
        maxLength: num(raw.maxLength),
        pattern: typeof raw.pattern === "string" ? raw.pattern : undefined,
        contentMediaType: typeof raw.contentMediaType === "string" ? raw.contentMediaType : undefined,
      });
    case "array": {
      const tuple = Array.isArray(raw.items) ? raw.items : Array.isArray(raw.prefixItems) ? raw.prefixItems : undefined;
      const tupleKey = Array.isArray(raw.items) ? "items" : "prefixItems";
      const itemPlacement: Placement = placement.name !== undefined ? placement : {};
      return node(annotations, {
        kind: "array",
        typeAsserted: typeAsserted ? undefined : false,
        items: Array.isArray(raw.items)
          ? buildSchema(raw.additionalItems ?? true, joinPointer(pointer, "additionalItems"), ctx)
          : buildSchema(raw.items ?? true, joinPointer(pointer, "items"), ctx, itemPlacement),
        prefixItems: tuple?.map((item, i) => buildSchema(item, joinPointer(pointer, tupleKey, i), ctx)),
        minItems: num(raw.minItems),
        maxItems: num(raw.maxItems),
        uniqueItems: raw.uniqueItems === true ? true : undefined,
        contains: "contains" in raw ? buildSchema(raw.contains, joinPointer(pointer, "contains"), ctx) : undefined,
        minContains: num(raw.minContains),
        maxContains: num(raw.maxContains),
      });
    }
    case "object":
      return buildObject(raw, pointer, ctx, placement, annotations, typeAsserted);
    default:
      throw new SpecError(
        "STRUCTURE",
        `${JSON.stringify(type)} is not a JSON Schema type`,
        ctx.locate(joinPointer(pointer, "type")),
      );
  }
}

function buildObject(
  raw: Record<string, unknown>,
  pointer: string,
  ctx: SchemaContext,
  placement: Placement,
  annotations: Annotations,
  typeAsserted: boolean,
): ObjectNode {
  const rawProperties = isRecord(raw.properties) ? raw.properties : {};
  const wireNames = Object.keys(rawProperties);
  const names = sdkNames(wireNames);
  const required = new Set(
    Array.isArray(raw.required) ? raw.required.filter((r): r is string => typeof r === "string") : [],
  );
  // Inline schemas under a property are named after the object they sit in (the parent of a hoisted
  // object is the hoisted object itself), so `ToolCall.function` becomes `FunctionToolCall`.
  const parentName = placement.name === undefined ? placement.parent : undefined;
  const properties: Property[] = wireNames.map((wireName, i) => {
    const propertyPointer = joinPointer(pointer, "properties", wireName);
    const childPlacement: Placement =
      parentName === undefined ? {} : { parent: parentName, name: `${capitalizeWords(wireName)}${parentName}` };
    return {
      wireName,
      sdkName: names[i]!,
      schema: buildSchema(rawProperties[wireName], propertyPointer, ctx, childPlacement),
      required: required.has(wireName),
      pointer: propertyPointer,
    };
  });
  const additional = raw.additionalProperties;
  const patternProperties = isRecord(raw.patternProperties)
    ? Object.keys(raw.patternProperties).map((pattern) => ({
        pattern,
        schema: buildSchema(
          (raw.patternProperties as Record<string, unknown>)[pattern],
          joinPointer(pointer, "patternProperties", pattern),
          ctx,
        ),
      }))
    : undefined;
  return node(annotations, {
    kind: "object",
    properties,
    extraRequired: [...required].filter((name) => !Object.hasOwn(rawProperties, name)),
    additionalProperties:
      additional === undefined || additional === true
        ? true
        : additional === false
          ? false
          : buildSchema(additional, joinPointer(pointer, "additionalProperties"), ctx),
    patternProperties,
    propertyNames:
      "propertyNames" in raw ? buildSchema(raw.propertyNames, joinPointer(pointer, "propertyNames"), ctx) : undefined,
    minProperties: num(raw.minProperties),
    maxProperties: num(raw.maxProperties),
    typeAsserted,
  });
}
