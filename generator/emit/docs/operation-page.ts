import type { Operation } from "../../model/types.js";
import { named } from "../../model/view.js";
import type { ExampleRequest } from "../examples/operation-request.js";
import { curlSnippet, fetchSnippet } from "../examples/operation-snippets.js";
import type { SnippetTemplates } from "../examples/index.js";
import { renderTemplate } from "../template.js";
import { codeSpan, inline } from "../../codegen/markdown.js";
import type { PageContext } from "./page-context.js";
import { componentPage, pageKind } from "./page-kind.js";

/** Operation pages sit one folder below the docs root (`operations/`). */
const FROM_OPERATION_PAGE = "../";

/** The page of an operation with a request body: what it is, and the request as curl and fetch. */
export function operationPage(
  context: PageContext,
  snippets: SnippetTemplates,
  operation: Operation,
  request: ExampleRequest,
): string {
  const body = operation.requestBody?.contents.find((content) => content.mediaType === request.mediaType)?.schema;
  const target = body?.kind === "ref" ? named(context.model, body.target) : undefined;
  const bodyLink =
    target && pageKind(context.model, target)
      ? ` with a [components.${target.typeName}](${FROM_OPERATION_PAGE}${componentPage(target)}) body`
      : "";
  return renderTemplate(context.templates.operation, {
    title: inline(operation.summary ?? operation.id),
    description: context.descriptionBlock(operation.description),
    request: `${codeSpan(`${request.method} ${operation.path}`)}${bodyLink}`,
    curl: curlSnippet(request, snippets.curl),
    fetch: fetchSnippet(request, snippets.fetch),
  });
}
