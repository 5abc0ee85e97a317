import { Code, identifier, joinCode, jsdoc, ts, typePropertyKey } from "../../codegen/code.js";
import { sdkRequired } from "../../example-values/sdk-default.js";
import type { JsonValue, Model, ObjectNode, Property, SchemaNode } from "../../model/model.js";
import { reaches } from "../../model/reaches.js";
import { acceptedKinds } from "../../model/holds-no-value.js";
import { flattenObject, named, openValues, untypedKind } from "../../model/view.js";

/** Collects the named schemas a file refers to, for its import lines. */
export interface TypeScope {
  readonly model: Model;
  readonly imports: Set<string>;
  /**
   * True for the wire form (the validators' types): properties keep their wire names and a
   * reference to `X` reads `XWire`. The SDK form (camelCase, `X`) otherwise.
   */
  readonly wire?: boolean | undefined;
  /** The named schema whose alias is being declared: a `Record<string, …>` that leads back to it is circular. */
  readonly self?: string | undefined;
}

/**
 * The SDK-facing TypeScript type of a schema node, one small function per kind (the way
 * openapi-typescript transforms schemas). `indent` is the indentation of the line the type starts on.
 */
export function typeExpression(node: SchemaNode, scope: TypeScope, indent = ""): Code {
  const base = baseType(node, scope, indent);
  // `|` binds loosest, so `A | B | null` and `A & B | null` need no parentheses.
  return node.nullable && node.kind !== "null" && node.kind !== "any" ? ts`${base} | null` : base;
}

function baseType(node: SchemaNode, scope: TypeScope, indent: string): Code {
  switch (node.kind) {
    case "any":
      return ts`unknown`;
    case "never":
      return ts`never`;
    case "null":
      return ts`null`;
    case "boolean":
      return ts`boolean`;
    case "number":
      return ts`number`;
    case "string":
      return ts`string`;
    case "enum":
      return joinCode(node.values.map(literalType), " | ");
    case "ref": {
      scope.imports.add(node.target);
      const typeName = named(scope.model, node.target).typeName;
      return identifier(scope.wire === true ? `${typeName}Wire` : typeName);
    }
    case "array":
      return arrayType(node.items, node.prefixItems, scope, indent);
    case "object":
      return objectType(node.properties, openValues(node), scope, indent, node.extraRequired);
    case "union":
      // No member left (its only member, `null`, became `nullable`): the union itself adds nothing.
      if (node.members.length === 0) return ts`never`;
      return joinCode(dedupe(node.members.map((member) => typeExpression(member, scope, indent))), " | ");
    case "allOf": {
      // Each member is about values of its own type: a value is of one of them (or of none, which
      // the type leaves out as a single untyped schema's type does).
      if (node.byKind === true)
        return joinCode(dedupe(node.members.map((member) => typeExpression(member, scope, indent))), " | ");
      // Members that only constrain (`maxProperties` beside a `$ref`) add nothing to the type;
      // nor do a type's keywords without `type` beside a member that is never of that type: they
      // apply to that type only (linqr.app's `additionalProperties: false` beside a string enum,
      // Adyen's `maxLength` beside a `$ref` to an object).
      const shaping = distinctReferences(node.members).filter(
        (member) =>
          !isConstraintOnly(member) &&
          !node.members.some((other) => {
            const kind = constrainedKind(member);
            return kind !== undefined && other !== member && !acceptedKinds(scope.model, other).has(kind);
          }),
      );
      if (shaping.length === 1) return typeExpression(shaping[0]!, scope, indent);
      if (node.tagged === true)
        return joinCode(
          node.members.map((member) => wrapUnionMember(typeExpression(member, scope, indent))),
          " & ",
        );
      const flat = FLATTENING.has(node) ? undefined : flattenObject(scope.model, node);
      if (flat) {
        FLATTENING.add(node);
        try {
          return objectType(
            flat.properties,
            flat.additionalProperties,
            scope,
            indent,
            flat.extraRequired.map((entry) => entry.name),
          );
        } finally {
          FLATTENING.delete(node);
        }
      }
      return joinCode(
        node.members.map((member) => wrapUnionMember(typeExpression(member, scope, indent))),
        " & ",
      );
    }
  }
}

/**
 * The `allOf`s being written out as one object type: one met again inside its own properties
 * (`X: {p: allOf[X, Y]}`) is written as the intersection of its members, which TypeScript
 * resolves lazily, instead of being written out without end.
 */
const FLATTENING = new Set<SchemaNode>();

/** The members, a second reference to the same schema left out (`allOf: [$ref X, $ref X]` is `X`). */
function distinctReferences(members: readonly SchemaNode[]): SchemaNode[] {
  const seen = new Set<string>();
  return members.filter(
    (member) =>
      member.kind !== "ref" ||
      member.nullable ||
      member.not !== undefined ||
      (!seen.has(member.target) && !!seen.add(member.target)),
  );
}

function isConstraintOnly(node: SchemaNode): boolean {
  if (node.kind === "any") return true;
  return (
    node.kind === "object" &&
    node.properties.length === 0 &&
    node.additionalProperties === true &&
    node.patternProperties === undefined
  );
}

/** The type a member only constrains: keywords without `type`, but no properties (those shape the type). */
function constrainedKind(node: SchemaNode): ReturnType<typeof untypedKind> {
  if (node.kind === "object" && (node.properties.length > 0 || node.extraRequired.length > 0)) return undefined;
  return untypedKind(node);
}

function dedupe(parts: Code[]): Code[] {
  const seen = new Set<string>();
  return parts.filter((part) => !seen.has(part.text) && seen.add(part.text));
}

function arrayType(
  items: SchemaNode,
  prefixItems: readonly SchemaNode[] | undefined,
  scope: TypeScope,
  indent: string,
): Code {
  const item = typeExpression(items, scope, indent);
  if (!prefixItems || prefixItems.length === 0) return ts`${wrapUnionMember(item)}[]`;
  const fixed = prefixItems.map((prefix) => typeExpression(prefix, scope, indent));
  const rest = items.kind === "never" ? [] : [ts`...${wrapUnionMember(item)}[]`];
  return ts`[${joinCode([...fixed, ...rest], ", ")}]`;
}

/** Parenthesises a union or intersection so that `[]` or `| null` binds to the whole of it. */
function wrapUnionMember(type: Code): Code {
  return needsParens(type.text) ? ts`(${type})` : type;
}

function needsParens(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
      continue;
    }
    if (c === "{" || c === "(" || c === "[" || c === "<") depth++;
    else if (c === "}" || c === ")" || c === "]" || c === ">") depth--;
    else if (depth === 0 && (c === "|" || c === "&")) return true;
  }
  return false;
}

/** The members of an object type, one per line, each with its JSDoc. */
export function objectMembers(
  properties: readonly Property[],
  additional: ObjectNode["additionalProperties"],
  scope: TypeScope,
  indent: string,
  extraRequired: readonly string[] = [],
): Code[] {
  const members: Code[] = properties.map((property) => {
    const type = typeExpression(property.schema, scope, indent);
    const doc = jsdoc(property.schema.description, property.schema.deprecated ? [{ tag: "deprecated" }] : [], indent);
    const key = typePropertyKey(propertyName(property, scope));
    // The SDK form leaves out a required property that has a default: `toWire` fills it in.
    const required = scope.wire === true ? property.required : sdkRequired(scope.model, property);
    return required
      ? ts`${doc}${new Code(indent)}${key}: ${type};\n`
      : ts`${doc}${new Code(indent)}${key}?: ${type} | undefined;\n`;
  });
  // A name listed in `required` beside properties that do not define it must still be present,
  // with any value. (`{required: [x]}` alone, as in `anyOf` of required-sets, stays a constraint.)
  const taken = new Set(properties.map((property) => propertyName(property, scope)));
  const bare = properties.length === 0 ? [] : extraRequired.filter((name) => !taken.has(name));
  for (const name of bare) members.push(ts`${new Code(indent)}${typePropertyKey(name)}: unknown;\n`);
  if (typeof additional === "object" && additional.kind !== "never") {
    // Named properties must fit the index signature too, so it widens to their types.
    const valueTypes = dedupe([
      typeExpression(additional, scope, indent),
      ...properties.map((p) => typeExpression(p.schema, scope, indent)),
      ...(bare.length > 0 ? [ts`unknown`] : []),
    ]);
    const optional = properties.some((p) => !(scope.wire === true ? p.required : sdkRequired(scope.model, p)))
      ? " | undefined"
      : "";
    members.push(
      ts`${new Code(indent)}[key: string]: ${joinCode(valueTypes.map(wrapUnionMember), " | ")}${new Code(optional)};\n`,
    );
  }
  return members;
}

function propertyName(property: Property, scope: TypeScope): string {
  return scope.wire === true ? property.wireName : property.sdkName;
}

function objectType(
  properties: readonly Property[],
  additional: ObjectNode["additionalProperties"],
  scope: TypeScope,
  indent: string,
  extraRequired: readonly string[] = [],
): Code {
  if (properties.length === 0) {
    if (typeof additional === "object" && additional.kind !== "never") {
      // `type Json = … | Record<string, Json>` "circularly references itself"; an index signature is deferred.
      if (scope.self !== undefined && reaches(scope.model, additional, scope.self))
        return ts`{ [key: string]: ${typeExpression(additional, scope, indent)} }`;
      return ts`Record<string, ${typeExpression(additional, scope, indent)}>`;
    }
    if (additional === false || (typeof additional === "object" && additional.kind === "never"))
      return ts`Record<string, never>`;
    return ts`Record<string, unknown>`;
  }
  const inner = `${indent}  `;
  return ts`{\n${objectMembers(properties, additional, scope, inner, extraRequired)}${new Code(indent)}}`;
}

/** A JSON value as a TypeScript literal type. */
export function literalType(value: JsonValue): Code {
  if (value === null) return ts`null`;
  if (typeof value === "string" || typeof value === "boolean") return ts`${value}`;
  if (typeof value === "number") return Number.isFinite(value) ? ts`${value}` : ts`number`;
  if (Array.isArray(value)) return ts`readonly [${joinCode(value.map(literalType), ", ")}]`;
  return ts`{ ${joinCode(
    Object.keys(value).map((key) => ts`readonly ${typePropertyKey(key)}: ${literalType(value[key]!)}`),
    "; ",
  )} }`;
}
