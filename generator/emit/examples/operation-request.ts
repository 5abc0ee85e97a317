import type { ExampleSelector } from "../../example-values/select.js";
import type { JsonValue, MediaContent, Model, Operation, Parameter } from "../../model/model.js";
import { credentialsOf, type Credential } from "./credentials.js";

/** The value of an environment variable, read where the snippet runs (a credential). */
export interface EnvironmentValue {
  readonly variable: string;
}

/** Text of a request, literal or read from the environment, in order. */
export type RequestText = readonly (string | EnvironmentValue)[];

export interface ExampleBody {
  readonly mediaType: string;
  readonly value: JsonValue;
  /** True for JSON media types: the body is sent as JSON text. */
  readonly json: boolean;
}

/** One example HTTP request of an operation, in wire form. */
export interface ExampleRequest {
  readonly method: string;
  /** The server and the path with its parameters filled in, without the query. */
  readonly url: string;
  /** Names and literal values percent-encoded; an environment value is encoded where the snippet runs, if it can. */
  readonly query: readonly (readonly [string, RequestText])[];
  /** Line breaks made spaces: a header cannot hold one. */
  readonly headers: readonly (readonly [string, RequestText])[];
  /** Names and literal values percent-encoded: a `;` or `=` cannot end a cookie early. */
  readonly cookies: readonly (readonly [string, RequestText])[];
  /** HTTP basic credentials: the variables of the user name and of the password. */
  readonly basic?: { readonly username: string; readonly password: string } | undefined;
  readonly body?: ExampleBody | undefined;
}

const PLACEHOLDER_SERVER = "https://api.example.com";

/** Header parameters OpenAPI says to ignore: the media types and the credentials have their own fields. */
const IGNORED_HEADERS = new Set(["accept", "content-type", "authorization"]);

export function isJsonMediaType(mediaType: string): boolean {
  return /^application\/(.+\+)?json(;|$)/i.test(mediaType) || /\+json(;|$)/i.test(mediaType);
}

/** The content a snippet sends: JSON when the operation accepts it, else the first one listed. */
export function chooseContent(contents: readonly MediaContent[]): MediaContent | undefined {
  return contents.find((content) => isJsonMediaType(content.mediaType)) ?? contents[0];
}

function parameterValue(parameter: Parameter, selector: ExampleSelector): JsonValue | undefined {
  const own = selector.usable(parameter.examples ?? [], parameter.schema);
  return own ? own.value : selector.valueOf(parameter.schema);
}

function asText(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map((item) => asText(item)).join(",");
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]/g, " ");
}

/**
 * The example request of an operation: the first server's URL, path parameters filled in,
 * required query, header and cookie parameters, the credentials of the first alternative of its
 * effective security, and the example body in wire form when it has one. `undefined` only when
 * a required body has no value at all (its schema accepts none).
 */
export function exampleRequest(
  model: Model,
  operation: Operation,
  selector: ExampleSelector,
  credentials: ReadonlyMap<string, Credential> = credentialsOf(model.security),
): ExampleRequest | undefined {
  const body = exampleBody(operation, selector);
  if (body === undefined && operation.requestBody?.required === true && operation.requestBody.contents.length > 0)
    return undefined;
  // A `#…` suffix distinguishes operations in some specs; it is never sent.
  let path = operation.path.replace(/#.*$/, "");
  const query: [string, RequestText][] = [];
  const headers: [string, RequestText][] = body ? [["Content-Type", [body.mediaType]]] : [];
  const cookies: [string, RequestText][] = [];
  let basic: ExampleRequest["basic"];
  // One value a header (names are case-insensitive): a second credential for `Authorization`
  // (Google's OAuth2 beside OAuth2c, an API key named Authorization beside HTTP basic: conjur.local)
  // or a parameter of a taken name is not sent twice.
  const hasHeader = (name: string): boolean =>
    headers.some(([taken]) => taken.toLowerCase() === name.toLowerCase()) ||
    (basic !== undefined && name.toLowerCase() === "authorization");
  const addHeader = (name: string, text: RequestText): void => {
    if (!hasHeader(name)) headers.push([name, text]);
  };
  for (const parameter of operation.parameters) {
    const value = (): string => asText(parameterValue(parameter, selector));
    if (parameter.in === "path") path = path.split(`{${parameter.name}}`).join(encodeURIComponent(value()));
    else if (!parameter.required) continue;
    else if (parameter.in === "query") query.push([encodeURIComponent(parameter.name), [encodeURIComponent(value())]]);
    else if (parameter.in === "cookie")
      cookies.push([encodeURIComponent(parameter.name), [encodeURIComponent(value())]]);
    else if (!IGNORED_HEADERS.has(parameter.name.toLowerCase())) addHeader(oneLine(parameter.name), [oneLine(value())]);
  }
  for (const { scheme } of operation.security?.[0] ?? []) {
    const credential = credentials.get(scheme);
    if (credential === undefined || credential.kind === "none") continue;
    if (credential.kind === "basic") {
      if (basic === undefined && !hasHeader("Authorization"))
        basic = { username: credential.username, password: credential.password };
    } else if (credential.kind === "authorization") {
      if (basic === undefined)
        addHeader("Authorization", [`${oneLine(credential.scheme)} `, { variable: credential.variable }]);
    } else if (credential.in === "header") addHeader(oneLine(credential.name), [{ variable: credential.variable }]);
    else if (credential.in === "query")
      query.push([encodeURIComponent(credential.name), [{ variable: credential.variable }]]);
    else cookies.push([encodeURIComponent(credential.name), [{ variable: credential.variable }]]);
  }
  const server = (model.servers?.[0] ?? PLACEHOLDER_SERVER).replace(/\/+$/, "");
  return {
    method: operation.method.toUpperCase(),
    url: `${server}${path}`,
    query,
    headers,
    cookies,
    basic,
    body,
  };
}

/** The example body: the media type's own example, else one synthesised; `undefined` without a body or a value. */
function exampleBody(operation: Operation, selector: ExampleSelector): ExampleBody | undefined {
  const content = operation.requestBody && chooseContent(operation.requestBody.contents);
  if (!content) return undefined;
  const own = selector.usable(content.examples, content.schema);
  const value = own ? own.value : selector.valueOf(content.schema);
  if (value === undefined) return undefined;
  return { mediaType: content.mediaType, value, json: isJsonMediaType(content.mediaType) };
}
