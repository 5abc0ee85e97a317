import { stringLiteral } from "../../codegen/code.js";
import { shellWord } from "../../codegen/shell.js";
import { renderTemplate, type Template } from "../template.js";
import type { ExampleRequest } from "./operation-request.js";
import { printValue } from "./print-value.js";

function bodyText(request: ExampleRequest): string {
  return request.json || typeof request.body !== "string" ? JSON.stringify(request.body, null, 2) : request.body;
}

/** `curl` with the wire-form body, every argument single-quoted. */
export function curlSnippet(request: ExampleRequest, template: Template): string {
  return renderTemplate(template, {
    method: request.method,
    url: shellWord(request.url),
    headers: request.headers.map(([name, value]) => ` \\\n  --header ${shellWord(`${name}: ${value}`)}`).join(""),
    body: shellWord(bodyText(request)),
  });
}

/** `fetch` with the wire-form body: JSON bodies as an object literal in `JSON.stringify`. */
export function fetchSnippet(request: ExampleRequest, template: Template): string {
  const headers = `{\n${request.headers.map(([name, value]) => `    ${stringLiteral(name)}: ${stringLiteral(value)},\n`).join("")}  }`;
  const body =
    request.json || typeof request.body !== "string"
      ? `JSON.stringify(${printValue(request.body, undefined, undefined, "  ")})`
      : stringLiteral(request.body);
  return renderTemplate(template, {
    url: stringLiteral(request.url),
    method: stringLiteral(request.method),
    headers,
    body,
  });
}
