import type { Model, NamedSchema } from "../../model/model.js";
import { flattenObject, named } from "../../model/view.js";

export type PageKind = "object" | "enum" | "union";

/** Which page a named schema gets; other shapes (a named string, an array) are written inline where used. */
export function pageKind(model: Model, schema: NamedSchema): PageKind | undefined {
  const node = schema.schema;
  if (node.kind === "enum") return "enum";
  if (node.kind === "union") return "union";
  if ((node.kind === "object" || node.kind === "allOf") && flattenObject(model, node) !== undefined) return "object";
  return undefined;
}

export const COMPONENT_PAGES = "models/components";
export const OPERATION_PAGES = "operations";
/** From an operation page, one folder below the docs root, to the root. */
export const FROM_OPERATION_PAGE = "../";

/** The page of a named schema, relative to the docs root. */
export function componentPage(schema: NamedSchema): string {
  return `${COMPONENT_PAGES}/${schema.fileStem}.md`;
}

/**
 * What a page says the schema is: its description; for an `allOf` of a base and an extension
 * without one of its own, the base's (the first member that is a reference and has one).
 */
export function pageDescription(model: Model, schema: NamedSchema): string | undefined {
  const node = schema.schema;
  if (node.description !== undefined && node.description.trim() !== "") return node.description;
  if (node.kind !== "allOf") return node.description;
  for (const member of node.members) {
    if (member.kind !== "ref") continue;
    const base = named(model, member.target).schema.description;
    if (base !== undefined && base.trim() !== "") return base;
  }
  return undefined;
}
