import type { ExampleSelector } from "../../example-values/select.js";
import type { Model, NamedSchema } from "../../model/model.js";
import { modelSnippet } from "../examples/model-snippet.js";
import { loadTemplate, renderTemplate, type Template } from "../template.js";
import { prose } from "../../codegen/markdown.js";

export interface DocsTemplates {
  readonly object: Template;
  readonly enum: Template;
  readonly union: Template;
  readonly unionMember: Template;
  readonly exampleUsage: Template;
  readonly snippet: Template;
  readonly index: Template;
  readonly operation: Template;
  readonly operationParameters: Template;
  readonly operationResponses: Template;
  readonly operationSecurity: Template;
}

export function loadDocsTemplates(templatesDir: string): DocsTemplates {
  return {
    object: loadTemplate(templatesDir, "docs/object.md.tmpl"),
    enum: loadTemplate(templatesDir, "docs/enum.md.tmpl"),
    union: loadTemplate(templatesDir, "docs/union.md.tmpl"),
    unionMember: loadTemplate(templatesDir, "docs/union-member.md.tmpl"),
    exampleUsage: loadTemplate(templatesDir, "docs/example-usage.md.tmpl"),
    snippet: loadTemplate(templatesDir, "docs/example-snippet.ts.tmpl"),
    index: loadTemplate(templatesDir, "docs/index.md.tmpl"),
    operation: loadTemplate(templatesDir, "docs/operation.md.tmpl"),
    operationParameters: loadTemplate(templatesDir, "docs/operation-parameters.md.tmpl"),
    operationResponses: loadTemplate(templatesDir, "docs/operation-responses.md.tmpl"),
    operationSecurity: loadTemplate(templatesDir, "docs/operation-security.md.tmpl"),
  };
}

/** What every page renderer needs, and the blocks they share. */
export class PageContext {
  constructor(
    readonly model: Model,
    readonly selector: ExampleSelector,
    readonly templates: DocsTemplates,
    readonly packageName: string | undefined,
  ) {}

  /** A description paragraph and the blank line after it, or nothing when there is none. */
  descriptionBlock(description: string | undefined): string {
    if (description === undefined || description.trim() === "") return "";
    return `${prose(description.replace(/\s+$/, ""))}\n\n`;
  }

  /** The `## Example Usage` section with the snippet of the examples emitter, or nothing when no value exists. */
  exampleUsage(schema: NamedSchema): string {
    const snippet = modelSnippet(this.model, schema, this.selector, this.templates.snippet, this.packageName);
    if (snippet === undefined) return "";
    return `${renderTemplate(this.templates.exampleUsage, { snippet })}\n\n`;
  }
}
