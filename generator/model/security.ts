import { joinPointer } from "../codegen/json-pointer.js";
import { resolveLocal } from "../load/check-document.js";
import { isRecord } from "../load/schema-walk.js";
import { sdkNames } from "./names.js";
import type { SecurityModel, SecurityRequirement, SecurityScheme } from "./model.js";

/**
 * `components.securitySchemes` as the reference SDKs show them: one `Security` type whose
 * fields are the schemes (`bearerAuth`), each an optional string credential. `claim` hands out
 * the type's name after every schema has its own, so a component called `Security` keeps it.
 */
export function buildSecurity(
  document: Record<string, unknown>,
  claim: (preferred: string) => string,
): SecurityModel | undefined {
  const components = isRecord(document.components) ? document.components : {};
  const raw = isRecord(components.securitySchemes) ? components.securitySchemes : {};
  const names = Object.keys(raw);
  if (names.length === 0) return undefined;
  const sdk = sdkNames(names);
  const schemes = names.map((name, i) => {
    const pointer = joinPointer("/components/securitySchemes", name);
    let scheme = raw[name];
    // A scheme may be a `$ref` to another (the loader has checked that it resolves).
    for (let hops = 0; isRecord(scheme) && typeof scheme.$ref === "string" && hops < 32; hops++)
      scheme = resolveLocal(document, scheme.$ref);
    const fields = isRecord(scheme) ? scheme : {};
    return {
      name,
      sdkName: sdk[i]!,
      type: typeof fields.type === "string" ? fields.type : "",
      httpScheme: fields.type === "http" && typeof fields.scheme === "string" ? fields.scheme : undefined,
      apiKey: apiKeyPlace(fields),
      description:
        typeof fields.description === "string" && fields.description.trim() !== "" ? fields.description : undefined,
      pointer,
    };
  });
  const typeName = claim("Security");
  return { typeName, fileStem: typeName.toLowerCase(), schemes };
}

function apiKeyPlace(fields: Record<string, unknown>): SecurityScheme["apiKey"] {
  if (fields.type !== "apiKey" || typeof fields.name !== "string") return undefined;
  const place = fields.in;
  return place === "header" || place === "query" || place === "cookie" ? { in: place, name: fields.name } : undefined;
}

/**
 * An operation's effective security: its own `security`, else the document's (OpenAPI: the
 * operation's list replaces the top-level one, and `[]` removes it); `undefined` when neither says.
 */
export function effectiveSecurity(
  document: Record<string, unknown>,
  operation: Record<string, unknown>,
): SecurityRequirement[] | undefined {
  const raw = Array.isArray(operation.security)
    ? operation.security
    : Array.isArray(document.security)
      ? document.security
      : undefined;
  if (raw === undefined) return undefined;
  return raw.filter(isRecord).map((requirement) =>
    Object.entries(requirement).map(([scheme, scopes]) => ({
      scheme,
      scopes: Array.isArray(scopes) ? scopes.map(String) : [],
    })),
  );
}
