import type { SchemaNode } from "./model.js";

/** The schema nodes a node holds (not those its `$ref`s name). */
export function childNodes(node: SchemaNode): SchemaNode[] {
  const children: SchemaNode[] = [];
  if (node.not !== undefined) children.push(node.not);
  if (node.foreign !== undefined) children.push(...node.foreign);
  switch (node.kind) {
    case "object":
      for (const property of node.properties) children.push(property.schema);
      if (typeof node.additionalProperties === "object") children.push(node.additionalProperties);
      for (const entry of node.patternProperties ?? []) children.push(entry.schema);
      if (node.propertyNames !== undefined) children.push(node.propertyNames);
      break;
    case "array":
      children.push(node.items, ...(node.prefixItems ?? []));
      if (node.contains !== undefined) children.push(node.contains);
      break;
    case "union":
    case "allOf":
      children.push(...node.members);
      break;
    case "enum":
      if (node.siblings !== undefined) children.push(node.siblings);
      break;
    case "never":
      if (node.asWritten !== undefined) children.push(node.asWritten);
      break;
  }
  return children;
}
