import type { Model, SchemaNode } from "../../model/model.js";
import { flattenObject, named } from "../../model/view.js";
import { componentPage, pageKind } from "./page-kind.js";

/**
 * The Type column: `*string*`, `*number*` for every integer and number, `*any*`, `[]` after an
 * array's item, `Record<string, *T*>` for a map, and a link to the page of a referenced object,
 * enum or union. Nullability is not shown. `linkPrefix` leads from the page to the docs root.
 * The result holds no spec text but page names, so only `|` needs escaping (done by the caller).
 */
export function typeCell(
  model: Model,
  node: SchemaNode,
  linkPrefix: string,
  visiting: ReadonlySet<string> = new Set(),
): string {
  switch (node.kind) {
    case "any":
      return "*any*";
    case "never":
      return "*never*";
    case "null":
      return "*null*";
    case "boolean":
      return "*boolean*";
    case "number":
      return "*number*";
    case "string":
      return "*string*";
    case "enum":
      return enumValuesType(node.values);
    case "array": {
      // An array of a union is grouped: `(A | B)[]`, never `A | B[]`.
      const item = typeCell(model, node.items, linkPrefix, visiting);
      return item.includes(" | ") ? `(${item})[]` : `${item}[]`;
    }
    case "ref": {
      const target = named(model, node.target);
      if (pageKind(model, target) !== undefined)
        return `[components.${target.typeName}](${linkPrefix}${componentPage(target)})`;
      if (visiting.has(target.key)) return "*any*";
      return typeCell(model, target.schema, linkPrefix, new Set([...visiting, target.key]));
    }
    case "object": {
      if (node.properties.length > 0) return "*object*";
      const additional = node.additionalProperties;
      return `Record<string, ${typeof additional === "object" ? typeCell(model, additional, linkPrefix, visiting) : "*any*"}>`;
    }
    case "union": {
      const parts = [...new Set(node.members.map((member) => typeCell(model, member, linkPrefix, visiting)))];
      return parts.join(" | ");
    }
    case "allOf": {
      if (node.byKind === true)
        return [...new Set(node.members.map((member) => typeCell(model, member, linkPrefix, visiting)))].join(" | ");
      const reference = node.members.find((member) => member.kind === "ref");
      if (reference) return typeCell(model, reference, linkPrefix, visiting);
      return flattenObject(model, node) ? "*object*" : "*any*";
    }
  }
}

function enumValuesType(values: readonly unknown[]): string {
  const kinds = new Set(
    values.map((value) =>
      Array.isArray(value) ? "any" : value === null ? "null" : typeof value === "object" ? "any" : typeof value,
    ),
  );
  if (kinds.size !== 1) return "*any*";
  return `*${[...kinds][0]!}*`;
}
