import { printValue } from "../examples/print-value.js";
import type { Model, NamedSchema, SchemaNode, UnionNode } from "../../model/model.js";
import { named } from "../../model/view.js";
import { renderTemplate } from "../template.js";
import { typeExpression } from "../models/type-expression.js";
import { codeSpan } from "../../codegen/markdown.js";
import type { PageContext } from "./page-context.js";

/** The page of a oneOf/anyOf: title, description, one section per member with an example value. */
export function unionPage(context: PageContext, schema: NamedSchema): string {
  const node = schema.schema as UnionNode;
  const members = node.members.flatMap((member) => {
    const section = memberSection(context, member);
    return section === undefined ? [] : [section];
  });
  return renderTemplate(context.templates.union, {
    title: schema.typeName,
    description: context.descriptionBlock(node.description),
    members: members.join("\n\n"),
  });
}

function memberSection(context: PageContext, member: SchemaNode): string | undefined {
  const { model, selector } = context;
  const value = member.kind === "ref" ? selector.forNamed(member.target) : selector.valueOf(member);
  if (value === undefined) return undefined;
  const typeName = componentsType(model, member) ?? typeExpression(member, { model, imports: new Set() }).text;
  return renderTemplate(context.templates.unionMember, {
    heading: codeSpan(typeName),
    typeName,
    value: printValue(value, member, model, "", (key, pointer, why) => selector.reportDroppedKey(key, pointer, why)),
  });
}

/**
 * A member that is a named schema, or an array of one, by its name in the `components`
 * namespace: `components.ChatCompletionMessage`, `components.MessageContentPartUnion[]`.
 */
function componentsType(model: Model, member: SchemaNode): string | undefined {
  if (member.kind === "ref") return `components.${named(model, member.target).typeName}`;
  if (member.kind === "array" && member.prefixItems === undefined) {
    const item = componentsType(model, member.items);
    return item === undefined ? undefined : `${item}[]`;
  }
  return undefined;
}
