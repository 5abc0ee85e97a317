import { ExampleSelector } from "../../example-values/select.js";
import type { Model } from "../../model/model.js";
import { loadSnippetTemplates, type SnippetTemplates } from "../examples/index.js";
import { credentialsOf } from "../examples/credentials.js";
import { exampleRequest } from "../examples/operation-request.js";
import { operationStems } from "../examples/operation-stems.js";
import { collect, type EmitOptions, type EmitResult, type EmitStream, type GeneratedFile } from "../emitter.js";
import { enumPage } from "./enum-page.js";
import { firstLine, indexPage, modelEntry, type IndexEntry } from "./index-page.js";
import { yamlString } from "../../codegen/yaml.js";
import { mdxPage } from "../../codegen/mdx.js";
import { objectPage } from "./object-page.js";
import { operationPage } from "./operation-page.js";
import { loadDocsTemplates, PageContext } from "./page-context.js";
import { securityPage } from "./security-page.js";
import { COMPONENT_PAGES, componentPage, OPERATION_PAGES, pageDescription, pageKind } from "./page-kind.js";
import { unionPage } from "./union-page.js";

export const INDEX_PAGE = "index.md";

export interface DocsOptions extends EmitOptions {
  /** Start every page with YAML front matter (title, description) for Docusaurus/VitePress-style sites. */
  readonly frontMatter?: boolean | undefined;
  /** Pages that MDX 3 also compiles (`{`, `}`, `<` escaped outside code); off: the seed format. */
  readonly mdx?: boolean | undefined;
}

/**
 * The docs emitter: a page per object, enum and union schema (`models/components/<stem>.md`, the
 * seed's format), a page per operation (`operations/<op>.md`: parameters, responses, security,
 * curl and fetch), and `index.md` listing them. Paths are relative to the docs root.
 */
export function emitDocs(model: Model, options: DocsOptions, selector = new ExampleSelector(model)): EmitResult {
  return collect(streamDocs(model, options, selector));
}

export function streamDocs(model: Model, options: DocsOptions, selector = new ExampleSelector(model)): EmitStream {
  // Read before the first page is asked for: a missing template fails the run before anything is staged.
  const context = new PageContext(model, selector, loadDocsTemplates(options.templatesDir), options.packageName);
  const snippets = loadSnippetTemplates(options.templatesDir);
  // The model's naming warnings belong to the pages too (`specgen docs` prints them; `generate` dedupes).
  return {
    files: docFiles(model, options, selector, context, snippets),
    warnings: () => [...(model.warnings ?? []), ...selector.warnings()],
  };
}

function* docFiles(
  model: Model,
  options: DocsOptions,
  selector: ExampleSelector,
  context: PageContext,
  snippets: SnippetTemplates,
): Generator<GeneratedFile> {
  const page = (path: string, title: string, description: string | undefined, contents: string): GeneratedFile => ({
    path,
    contents:
      (options.frontMatter === true ? frontMatter(title, description) : "") +
      (options.mdx === true ? mdxPage(contents) : contents),
  });
  const models: IndexEntry[] = [];
  for (const schema of model.schemas.values()) {
    const kind = pageKind(model, schema);
    if (kind === undefined) continue;
    const contents =
      kind === "object"
        ? objectPage(context, schema)
        : kind === "enum"
          ? enumPage(context, schema)
          : unionPage(context, schema);
    const description = pageDescription(model, schema);
    yield page(componentPage(schema), schema.typeName, description, contents);
    models.push({ ...modelEntry(schema), description });
  }
  if (model.security) {
    const path = `${COMPONENT_PAGES}/${model.security.fileStem}.md`;
    yield page(path, model.security.typeName, undefined, securityPage(context, model.security));
    models.push({ title: model.security.typeName, page: path });
  }
  const operations: IndexEntry[] = [];
  const stems = operationStems(model.operations);
  const credentials = credentialsOf(model.security);
  for (const operation of model.operations) {
    const request = exampleRequest(model, operation, selector, credentials);
    const path = `${OPERATION_PAGES}/${stems.get(operation)!}.md`;
    const title = operation.summary ?? operation.id;
    const contents = operationPage(context, snippets, operation, request, credentials);
    yield page(path, title, operation.description, contents);
    operations.push({ title, page: path, description: operation.description });
  }
  yield page(INDEX_PAGE, model.title, model.description, indexPage(context, model, models, operations));
}

function frontMatter(title: string, description: string | undefined): string {
  const summary = firstLine(description);
  return `---\ntitle: ${yamlString(title)}\n${summary === "" ? "" : `description: ${yamlString(summary)}\n`}---\n\n`;
}
