import { literalPropertyKey, numberLiteral, stringLiteral } from "../../codegen/code.js";
import { fits } from "../../example-values/fits.js";
import { PROTOTYPE_NAMES } from "../../example-values/prototype-names.js";
import { filledDefault } from "../../example-values/sdk-default.js";
import type { JsonValue, Model, Property, SchemaNode } from "../../model/model.js";
import { flattenObject, resolveRefs, type FlatObject } from "../../model/view.js";

/** The column a `key: "string",` line may reach before the string moves to a line of its own. */
export const MAX_COLUMN = 80;
const INDENT = "  ";

/**
 * A wire-form example value as a TypeScript literal of the SDK type: typed objects use the SDK
 * field names as bare keys (quoted only when they must be), keys of `any` and `Record` values
 * are double-quoted and keep the example's order, 2-space indent, a trailing comma after every
 * property and element, arrays one element a line, `{}` for an empty object. `indent` is the
 * indentation of the line the value starts on. Without a node (or model) every key is quoted: the wire form.
 */
export function printValue(
  value: JsonValue,
  node: SchemaNode | undefined,
  model: Model | undefined,
  indent = "",
  onDropped?: DroppedKey,
  pinned = false,
): string {
  if (value === null) return "null";
  // Literals TypeScript would widen (under an Object.prototype name, below) keep their literal type.
  const pin = pinned ? " as const" : "";
  if (typeof value === "string") return `${stringLiteral(value)}${pin}`;
  if (typeof value === "number") return `${numberLiteral(value)}${pin}`;
  if (typeof value === "boolean") return `${String(value)}${pin}`;
  const shape = node === undefined || model === undefined ? undefined : shapeFor(value, node, model);
  const inner = indent + INDENT;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const items = value.map(
      (item, i) => `${inner}${printValue(item, itemNode(shape, i), model, inner, onDropped, pinned)},\n`,
    );
    return `[\n${items.join("")}${indent}]`;
  }
  const flat = shape === undefined || model === undefined ? undefined : flattenObject(model, shape);
  const byWire = new Map<string, Property>((flat?.properties ?? []).map((property) => [property.wireName, property]));
  const sdkNames = new Set((flat?.properties ?? []).map((property) => property.sdkName));
  const keys = orderedKeys(value, flat?.properties ?? []).filter((key) => {
    const property = byWire.get(key);
    // A required property with a default is optional in the SDK type (`toWire` fills it in): shown only when it differs.
    if (property !== undefined && model !== undefined && isFilledDefault(model, property, value[key]!)) return false;
    // An undeclared key spelt like a property's SDK name (`id` beside the property `Id`): the
    // literal cannot hold the key twice (TS1117), and the type's `id` is the property's.
    if (flat === undefined) return true;
    const clash = property === undefined && sdkNames.has(key);
    if (fitsSdkType(key, flat, byWire) && !clash) return true;
    onDropped?.(key, shape!.pointer, clash ? "clash" : "closed");
    return false;
  });
  if (keys.length === 0) return "{}";
  const lines = keys.map((key) => {
    const property = byWire.get(key);
    const printedKey = property ? literalPropertyKey(property.sdkName).text : recordKey(key);
    const valueNode = property ? property.schema : additionalNode(flat?.additionalProperties);
    // Under an index signature, TypeScript types an Object.prototype name's value by the inherited
    // member: its literals would widen (`""` to `string`, which `Record<string, "">` refuses).
    const pin = pinned || (property === undefined && PROTOTYPE_NAMES.has(key));
    return propertyLine(inner, printedKey, printValue(value[key]!, valueNode, model, inner, onDropped, pin));
  });
  return `{\n${lines.join("")}${indent}}`;
}

/**
 * Told of each example key a snippet leaves out, with the pointer of the object schema and why:
 * the type is `closed` to other keys, or the key `clash`es with a property's SDK name.
 */
export type DroppedKey = (key: string, objectPointer: string, why: "closed" | "clash") => void;

function isFilledDefault(model: Model, property: Property, value: JsonValue): boolean {
  const filled = filledDefault(model, property);
  return filled !== undefined && JSON.stringify(filled.value) === JSON.stringify(value);
}

/** Inside a typed object, keys in the schema's property order; other keys after, in the example's. */
function orderedKeys(value: { [key: string]: JsonValue }, properties: readonly Property[]): string[] {
  const named = properties.map((property) => property.wireName).filter((key) => Object.hasOwn(value, key));
  const known = new Set(named);
  return [...named, ...Object.keys(value).filter((key) => !known.has(key))];
}

/** `key: value,`; a scalar string that would pass the 80th column moves to the next line. */
function propertyLine(indent: string, key: string, printed: string): string {
  const line = `${indent}${key}: ${printed},`;
  if (line.length <= MAX_COLUMN || !printed.startsWith('"')) return `${line}\n`;
  return `${indent}${key}:\n${indent}${INDENT}${printed},\n`;
}

/** Keys of `any`/`Record` values: always double-quoted; `__proto__` computed so it stays an own key. */
function recordKey(key: string): string {
  return key === "__proto__" ? literalPropertyKey(key).text : stringLiteral(key);
}

/**
 * Whether the SDK type has a place for this key. An object with properties and no schema for
 * other keys is a closed type (no index signature), though JSON Schema lets the wire value carry
 * more: such keys of a spec's example are left out of the literal, which would not compile
 * with them (TS2353), and the value stays one the schema accepts.
 */
function fitsSdkType(key: string, flat: FlatObject, byWire: ReadonlyMap<string, Property>): boolean {
  if (flat.properties.length === 0 || byWire.has(key) || flat.extraRequired.some((entry) => entry.name === key))
    return true;
  return typeof flat.additionalProperties === "object" && flat.additionalProperties.kind !== "never";
}

function additionalNode(additional: boolean | SchemaNode | undefined): SchemaNode | undefined {
  return typeof additional === "object" ? additional : undefined;
}

/** The node that describes this value: references followed, the union member the value fits. */
function shapeFor(value: JsonValue, node: SchemaNode, model: Model): SchemaNode | undefined {
  const resolved = resolveRefs(model, node);
  if (resolved.kind === "union") {
    const member =
      resolved.members.find((candidate) => fits(value, candidate, model)) ??
      closestObject(value, resolved.members, model);
    return member === undefined ? undefined : shapeFor(value, member, model);
  }
  if (resolved.kind === "allOf" && flattenObject(model, resolved) === undefined) {
    // `type: object` beside a `oneOf` is an allOf of a bare object and a union: the member that
    // names properties is the one whose SDK names the value's keys take.
    const shapes = resolved.members.map((member) => shapeFor(value, member, model));
    const named = shapes.find(
      (shape) => shape !== undefined && (flattenObject(model, shape)?.properties.length ?? 0) > 0,
    );
    // Else the member that says most: an `any` member (`allOf: [{nullable: true}, $ref]`) says nothing of the keys.
    return (
      named ??
      shapes.find((shape) => shape !== undefined && shape.kind !== "any") ??
      shapes.find((shape) => shape !== undefined)
    );
  }
  return resolved;
}

/**
 * For an object value that fits no member (a spec's example, kept as written, may lack a required
 * field), the object member that declares the most of its keys: its SDK names are the closest
 * the literal can take (quoted wire keys fit no member's type: TS2353).
 */
function closestObject(value: JsonValue, members: readonly SchemaNode[], model: Model): SchemaNode | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  let best: SchemaNode | undefined;
  let bestCount = 0;
  for (const member of members) {
    const flat = flattenObject(model, member);
    const count = flat?.properties.filter((property) => Object.hasOwn(value, property.wireName)).length ?? 0;
    if (count > bestCount) [best, bestCount] = [member, count];
  }
  return best;
}

function itemNode(shape: SchemaNode | undefined, index: number): SchemaNode | undefined {
  if (shape?.kind !== "array") return undefined;
  return shape.prefixItems?.[index] ?? shape.items;
}
