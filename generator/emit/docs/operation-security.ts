import type { Operation, SecurityScheme } from "../../model/model.js";
import type { Credential } from "../examples/credentials.js";
import { renderTemplate } from "../template.js";
import { codeSpan, inline } from "../../codegen/markdown.js";
import type { PageContext } from "./page-context.js";
import { COMPONENT_PAGES, FROM_OPERATION_PAGE } from "./page-kind.js";

/** Spec text as a code span, `<` kept out of HTML's reach as on every page (see `inline`). */
function code(text: string): string {
  return inline(codeSpan(text));
}

/**
 * The `Security` section: the credentials the operation's effective security requires, one list
 * item per alternative (its schemes joined by "and"), each scheme with what the snippets send and
 * the environment variables they read; a link to the `Security` page when the document has one.
 * Followed by a blank line; nothing when neither the operation nor the document has `security`.
 */
export function operationSecurity(
  context: PageContext,
  operation: Operation,
  credentials: ReadonlyMap<string, Credential>,
): string {
  const alternatives = operation.security;
  if (alternatives === undefined) return "";
  const security = context.model.security;
  let requirements: string;
  if (alternatives.every((alternative) => alternative.length === 0)) {
    requirements = "None: this operation takes no credentials.";
  } else {
    const page = security
      ? `, the fields of [${security.typeName}](${FROM_OPERATION_PAGE}${COMPONENT_PAGES}/${security.fileStem}.md)`
      : "";
    const lead =
      alternatives.length === 1
        ? `The credentials this operation requires${page}; the snippets read them from environment variables:`
        : `Any one of these sets of credentials${page}; the snippets send the first, read from environment variables:`;
    const items = alternatives.map((alternative) => {
      if (alternative.length === 0) return "- none";
      const schemes = alternative.map(({ scheme, scopes }) => {
        const defined = security?.schemes.find((candidate) => candidate.name === scheme);
        return schemeItem(scheme, defined, scopes, credentials.get(scheme));
      });
      return `- ${schemes.join(" and ")}`;
    });
    requirements = `${lead}\n\n${items.join("\n")}`;
  }
  return `${renderTemplate(context.templates.operationSecurity, { requirements })}\n\n`;
}

function schemeItem(
  name: string,
  scheme: SecurityScheme | undefined,
  scopes: readonly string[],
  credential: Credential | undefined,
): string {
  if (scheme === undefined || credential === undefined)
    return `${code(name)} (not a scheme of ${code("components.securitySchemes")}: the snippets send nothing for it)`;
  const scopeList = scopes.length > 0 ? `; scopes ${scopes.map(code).join(", ")}` : "";
  return `${code(scheme.sdkName)} (${sent(scheme, credential)}${scopeList})`;
}

/** What the scheme is and what the snippets send for it. */
function sent(scheme: SecurityScheme, credential: Credential): string {
  switch (credential.kind) {
    case "authorization": {
      const header = code(`Authorization: ${credential.scheme} $${credential.variable}`);
      if (scheme.type === "oauth2") return `OAuth 2 access token: ${header}`;
      if (scheme.type === "openIdConnect") return `OpenID Connect token: ${header}`;
      return `HTTP ${credential.scheme === "Bearer" ? "bearer token" : code(credential.scheme)}: ${header}`;
    }
    case "basic":
      return `HTTP basic: user name ${code(`$${credential.username}`)}, password ${code(`$${credential.password}`)}`;
    case "apiKey":
      if (credential.in === "header")
        return `API key in a header: ${code(`${credential.name}: $${credential.variable}`)}`;
      if (credential.in === "query")
        return `API key in the query: ${code(`?${credential.name}=$${credential.variable}`)}`;
      return `API key in a cookie: ${code(`${credential.name}=$${credential.variable}`)}`;
    case "none":
      return scheme.type === "mutualTLS"
        ? "mutual TLS: a client certificate, which the snippets do not set up"
        : `${code(scheme.type)}: the snippets send nothing for it`;
  }
}
