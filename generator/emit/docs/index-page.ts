import type { Model, NamedSchema } from "../../model/model.js";
import { renderTemplate } from "../template.js";
import { inline, linkText } from "../../codegen/markdown.js";
import type { PageContext } from "./page-context.js";
import { componentPage } from "./page-kind.js";

export interface IndexEntry {
  readonly title: string;
  readonly page: string;
  readonly description?: string | undefined;
}

/** The first line of a description, for lists and front matter. */
export function firstLine(description: string | undefined): string {
  return (description ?? "").trim().split(/\r\n?|\n|[\u2028\u2029]/)[0] ?? "";
}

function list(entries: readonly IndexEntry[]): string {
  if (entries.length === 0) return "None.";
  return entries
    .map((entry) => {
      const summary = inline(firstLine(entry.description));
      return `- [${linkText(entry.title)}](${entry.page})${summary === "" ? "" : `: ${summary}`}`;
    })
    .join("\n");
}

export function modelEntry(schema: NamedSchema): IndexEntry {
  return { title: schema.typeName, page: componentPage(schema), description: schema.schema.description };
}

/** The docs home: every model page and every operation page with its one-line description. */
export function indexPage(
  context: PageContext,
  model: Model,
  models: readonly IndexEntry[],
  operations: readonly IndexEntry[],
): string {
  return renderTemplate(context.templates.index, {
    title: inline(model.title === "" ? "API reference" : model.title),
    description: context.descriptionBlock(model.description),
    models: list(models),
    operations: list(operations),
  });
}
