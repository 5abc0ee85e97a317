import type { EnumNode, NamedSchema } from "../../model/model.js";
import { renderTemplate } from "../template.js";
import { literalType } from "../models/type-expression.js";
import type { PageContext } from "./page-context.js";

/** The page of an enum: title, description, Example Usage, the values as a union of literals. */
export function enumPage(context: PageContext, schema: NamedSchema): string {
  const node = schema.schema as EnumNode;
  const values = [...node.values.map((value) => literalType(value).text), ...(node.nullable ? ["null"] : [])];
  return renderTemplate(context.templates.enum, {
    title: schema.typeName,
    description: context.descriptionBlock(node.description),
    exampleUsage: context.exampleUsage(schema),
    values: values.join(" | "),
  });
}
