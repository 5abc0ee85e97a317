import type { ExampleSelector } from "../../examples/select.js";
import type { JsonValue, MediaContent, Model, Operation, Parameter } from "../../model/types.js";

/** One example HTTP request of an operation, in wire form. */
export interface ExampleRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: readonly (readonly [string, string])[];
  readonly mediaType: string;
  readonly body: JsonValue;
  /** True for JSON media types: the body is sent as JSON text. */
  readonly json: boolean;
}

const PLACEHOLDER_SERVER = "https://api.example.com";

export function isJsonMediaType(mediaType: string): boolean {
  return /^application\/(.+\+)?json(;|$)/i.test(mediaType) || /\+json(;|$)/i.test(mediaType);
}

/** The content a snippet sends: JSON when the operation accepts it, else the first one listed. */
function chooseContent(contents: readonly MediaContent[]): MediaContent | undefined {
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

/**
 * The request of an operation with a body: the first server's URL, path parameters filled in,
 * required query and header parameters, and the example body in wire form. `undefined` for an
 * operation without a request body.
 */
export function exampleRequest(
  model: Model,
  operation: Operation,
  selector: ExampleSelector,
): ExampleRequest | undefined {
  const content = operation.requestBody && chooseContent(operation.requestBody.contents);
  if (!content) return undefined;
  const own = selector.usable(content.examples, content.schema);
  const body = own ? own.value : selector.valueOf(content.schema);
  if (body === undefined) return undefined;
  // A `#…` suffix distinguishes operations in some specs; it is never sent.
  let path = operation.path.replace(/#.*$/, "");
  const query: string[] = [];
  const headers: [string, string][] = [["Content-Type", content.mediaType]];
  for (const parameter of operation.parameters) {
    if (parameter.in === "path") {
      path = path.split(`{${parameter.name}}`).join(encodeURIComponent(asText(parameterValue(parameter, selector))));
    } else if (parameter.required && parameter.in === "query") {
      query.push(
        `${encodeURIComponent(parameter.name)}=${encodeURIComponent(asText(parameterValue(parameter, selector)))}`,
      );
    } else if (parameter.required && parameter.in === "header" && parameter.name.toLowerCase() !== "content-type") {
      headers.push([parameter.name, asText(parameterValue(parameter, selector)).replace(/[\r\n]/g, " ")]);
    }
  }
  const server = (model.servers?.[0] ?? PLACEHOLDER_SERVER).replace(/\/+$/, "");
  const url = `${server}${path}${query.length > 0 ? `?${query.join("&")}` : ""}`;
  return {
    method: operation.method.toUpperCase(),
    url,
    headers,
    mediaType: content.mediaType,
    body,
    json: isJsonMediaType(content.mediaType),
  };
}
