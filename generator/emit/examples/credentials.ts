import type { SecurityModel, SecurityScheme } from "../../model/model.js";

/**
 * How a snippet sends the credential of one security scheme, read from environment variables
 * named after the scheme (`bearerAuth` → `BEARER_AUTH`; see `environmentVariable`).
 */
export type Credential =
  /** `Authorization: <scheme> $VAR`: http bearer (and any http scheme but basic), oauth2, openIdConnect. */
  | { readonly kind: "authorization"; readonly scheme: string; readonly variable: string }
  /** http basic: `$VAR_USERNAME:$VAR_PASSWORD`. */
  | { readonly kind: "basic"; readonly username: string; readonly password: string }
  /** apiKey: the key under its name, in a header, the query or a cookie. */
  | {
      readonly kind: "apiKey";
      readonly in: "header" | "query" | "cookie";
      readonly name: string;
      readonly variable: string;
    }
  /** mutualTLS, or a scheme whose type is unknown: nothing a header or the URL can carry. */
  | { readonly kind: "none" };

/**
 * The environment variable of a scheme name: words split at `_`, `-` and other non-alphanumerics
 * and at lower-to-upper case changes, upper-cased and joined by `_` (`bearerAuth` → `BEARER_AUTH`,
 * `api_key` → `API_KEY`, `OAuth2` → `O_AUTH2`). A name that would start with a digit gets a `_`
 * in front; one with no letter or digit is `CREDENTIAL`. Only `[A-Z0-9_]` comes out, so the name
 * is safe unquoted in a shell and as a property name.
 */
export function environmentVariable(schemeName: string): string {
  const words = schemeName
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .toUpperCase();
  if (words === "") return "CREDENTIAL";
  return /^[0-9]/.test(words) ? `_${words}` : words;
}

/**
 * The credential of every scheme of the document, by scheme name. Variable names are unique
 * across the document (a second scheme that maps to a taken name gets `_2`, `_3`…), so two
 * schemes never read one variable.
 */
export function credentialsOf(security: SecurityModel | undefined): ReadonlyMap<string, Credential> {
  const taken = new Set<string>();
  const credentials = new Map<string, Credential>();
  for (const scheme of security?.schemes ?? []) {
    const base = environmentVariable(scheme.name);
    const names = (stem: string): string[] => (isBasic(scheme) ? [`${stem}_USERNAME`, `${stem}_PASSWORD`] : [stem]);
    let stem = base;
    for (let n = 2; names(stem).some((name) => taken.has(name)); n++) stem = `${base}_${n}`;
    for (const name of names(stem)) taken.add(name);
    credentials.set(scheme.name, credential(scheme, stem));
  }
  return credentials;
}

function isBasic(scheme: SecurityScheme): boolean {
  return scheme.type === "http" && scheme.httpScheme?.toLowerCase() === "basic";
}

function credential(scheme: SecurityScheme, variable: string): Credential {
  if (isBasic(scheme)) return { kind: "basic", username: `${variable}_USERNAME`, password: `${variable}_PASSWORD` };
  if (scheme.type === "http") return { kind: "authorization", scheme: httpSchemeName(scheme.httpScheme), variable };
  if (scheme.type === "oauth2" || scheme.type === "openIdConnect")
    return { kind: "authorization", scheme: "Bearer", variable };
  if (scheme.type === "apiKey" && scheme.apiKey) return { kind: "apiKey", ...scheme.apiKey, variable };
  return { kind: "none" };
}

/** `bearer` → `Bearer`, as RFC 6750 writes it; another scheme as the spec writes it, `Bearer` when it has none. */
function httpSchemeName(written: string | undefined): string {
  if (written === undefined || written.trim() === "" || written.toLowerCase() === "bearer") return "Bearer";
  return written.trim();
}
