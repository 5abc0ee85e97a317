import { isRecord } from "../load/schema-walk.js";
import { pascalCase } from "./names.js";

/**
 * Naming rules for inline union members, as the reference generator applies them (see
 * docs/docs-format.md, "Names of inline schemas").
 */

function isNullOnly(raw: unknown): boolean {
  return (
    isRecord(raw) &&
    (raw.type === "null" || (Array.isArray(raw.type) && raw.type.length === 1 && raw.type[0] === "null"))
  );
}

/** The name a `title` gives an inline schema (`title: System` → `System`), or none. */
export function titleName(raw: unknown): string | undefined {
  if (!isRecord(raw) || typeof raw.$ref === "string" || typeof raw.title !== "string" || raw.title.trim() === "")
    return undefined;
  return pascalCase(raw.title);
}

/** An inline object schema with properties: one that is hoisted under a name of its own. */
function isInlineObject(raw: unknown): boolean {
  if (!isRecord(raw) || typeof raw.$ref === "string") return false;
  const type = Array.isArray(raw.type) ? raw.type.filter((t) => t !== "null") : [raw.type];
  const objectTyped = type.length === 1 && (type[0] === "object" || (type[0] === undefined && "properties" in raw));
  return objectTyped && isRecord(raw.properties) && Object.keys(raw.properties).length > 0;
}

/**
 * True for a `oneOf`/`anyOf` whose members (null aside, at least two) are all untitled inline
 * objects: the reference names such a union `<Name>Union` and its members `<Name>1`, `<Name>2`…
 */
export function isUnionOfInlineObjects(raw: unknown): boolean {
  if (!isRecord(raw)) return false;
  const list = Array.isArray(raw.oneOf) ? raw.oneOf : Array.isArray(raw.anyOf) ? raw.anyOf : undefined;
  if (list === undefined || Array.isArray(raw.allOf) || "properties" in raw) return false;
  const members = list.filter((member) => !isNullOnly(member));
  return members.length >= 2 && members.every((member) => isInlineObject(member) && titleName(member) === undefined);
}
