import type { Model, NamedSchema } from "../../model/types.js";
import { flattenObject } from "../../model/view.js";

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

/** The page of a named schema, relative to the docs root. */
export function componentPage(schema: NamedSchema): string {
  return `${COMPONENT_PAGES}/${schema.fileStem}.md`;
}
