import type { Operation } from "../../model/model.js";
import { named } from "../../model/view.js";
import type { Credential } from "../examples/credentials.js";
import type { SnippetTemplates } from "../examples/index.js";
import { chooseContent, type ExampleRequest } from "../examples/operation-request.js";
import { curlSnippet, fetchSnippet } from "../examples/operation-snippets.js";
import { renderTemplate } from "../template.js";
import { codeSpan, inline } from "../../codegen/markdown.js";
import { operationParameters, operationResponses } from "./operation-tables.js";
import { operationSecurity } from "./operation-security.js";
import type { PageContext } from "./page-context.js";
import { componentPage, FROM_OPERATION_PAGE, pageKind } from "./page-kind.js";

/**
 * The page of an operation: what it is, the request line (with a link to the body's page),
 * its parameters, responses and security, and the request as curl and fetch. `request` is the
 * example request, `undefined` when a required body has no value (its schema accepts none).
 */
export function operationPage(
  context: PageContext,
  snippets: SnippetTemplates,
  operation: Operation,
  request: ExampleRequest | undefined,
  credentials: ReadonlyMap<string, Credential>,
): string {
  const body =
    operation.requestBody &&
    (request?.body
      ? operation.requestBody.contents.find((content) => content.mediaType === request.body!.mediaType)
      : chooseContent(operation.requestBody.contents)
    )?.schema;
  const target = body?.kind === "ref" ? named(context.model, body.target) : undefined;
  const bodyLink =
    target && pageKind(context.model, target)
      ? ` with a [components.${target.typeName}](${FROM_OPERATION_PAGE}${componentPage(target)}) body`
      : "";
  return renderTemplate(context.templates.operation, {
    title: inline(operation.summary ?? operation.id),
    description: context.descriptionBlock(operation.description),
    request: `${codeSpan(`${operation.method.toUpperCase()} ${operation.path}`)}${bodyLink}`,
    parameters: operationParameters(context, operation),
    responses: operationResponses(context, operation),
    security: operationSecurity(context, operation, credentials),
    curl: request ? curlSnippet(request, snippets.curl) : `# ${NO_REQUEST}`,
    fetch: request ? fetchSnippet(request, snippets.fetch) : `// ${NO_REQUEST}`,
  });
}

const NO_REQUEST = "No example request: the schema of the request body accepts no value.";
