import { stringLiteral, templateLiteralText, ts, Code } from "../../codegen/code.js";
import { renderTemplate, type Template } from "../template.js";
import { shellWord, shellWordReading } from "../../codegen/shell.js";
import type { ExampleBody, ExampleRequest, RequestText } from "./operation-request.js";
import { printValue } from "./print-value.js";

function join(texts: readonly RequestText[], separator: string): RequestText {
  return texts.flatMap((text, index) => (index === 0 ? text : [separator, ...text]));
}

function urlText(request: ExampleRequest): RequestText {
  if (request.query.length === 0) return [request.url];
  return [
    `${request.url}?`,
    ...join(
      request.query.map(([name, value]) => [`${name}=`, ...value]),
      "&",
    ),
  ];
}

function cookieText(request: ExampleRequest): RequestText {
  return join(
    request.cookies.map(([name, value]) => [`${name}=`, ...value]),
    "; ",
  );
}

function bodyText(body: ExampleBody): string {
  return body.json || typeof body.value !== "string" ? JSON.stringify(body.value, null, 2) : body.value;
}

/** `curl` with the credentials from the environment and the wire-form body, every argument quoted. */
export function curlSnippet(request: ExampleRequest, template: Template): string {
  const options = [
    ...request.headers.map(([name, value]) => `--header ${shellWordReading([`${name}: `, ...value])}`),
    ...(request.cookies.length > 0 ? [`--cookie ${shellWordReading(cookieText(request))}`] : []),
    ...(request.basic
      ? [
          `--user ${shellWordReading([{ variable: request.basic.username }, ":", { variable: request.basic.password }])}`,
        ]
      : []),
  ];
  return renderTemplate(template, {
    method: request.method,
    url: shellWordReading(urlText(request)),
    headers: options.map((option) => ` \\\n  ${option}`).join(""),
    data: request.body ? ` \\\n  --data ${shellWord(bodyText(request.body))}` : "",
  });
}

const ENVIRONMENT = new Code("process.env");

/**
 * `declare`s `process.env` in the snippet's own module scope: the snippets compile without
 * `@types/node` (the output folder is checked with `types: []`), and where Node's types are
 * present the local declaration shadows the global one without a conflict.
 */
const PROCESS_DECLARATION =
  "// Credentials come from the environment (Node.js); declared here so no @types/node is needed.\ndeclare const process: { env: Record<string, string | undefined> };\n\n";

/**
 * A TypeScript expression of the text: a string literal; `process.env["X"] ?? ""` for a variable
 * alone; else a template literal reading `process.env["X"]`, percent-encoded in a URL.
 */
function textExpression(text: RequestText, inUrl: boolean): string {
  if (text.every((part) => typeof part === "string")) return stringLiteral(text.join(""));
  const only = text.length === 1 ? text[0] : undefined;
  if (only !== undefined && typeof only !== "string" && !inUrl)
    return `${ts`${ENVIRONMENT}[${only.variable}]`.text} ?? ""`;
  return templateLiteral(text, inUrl);
}

function templateLiteral(text: RequestText, inUrl: boolean): string {
  const parts = text.map((part) => {
    if (typeof part === "string") return templateLiteralText(part);
    // Brackets: `process.env` is an index signature (noPropertyAccessFromIndexSignature).
    const value = ts`${ENVIRONMENT}[${part.variable}]`.text;
    return inUrl ? `\${encodeURIComponent(${value} ?? "")}` : `\${${value}}`;
  });
  return `\`${parts.join("")}\``;
}

/** `fetch` with the credentials from `process.env` and the wire-form body (JSON as an object literal in `JSON.stringify`). */
export function fetchSnippet(request: ExampleRequest, template: Template): string {
  const entries = request.headers.map(([name, value]) => [stringLiteral(name), textExpression(value, false)] as const);
  if (request.cookies.length > 0) entries.push([stringLiteral("Cookie"), textExpression(cookieText(request), false)]);
  if (request.basic) {
    const pair = templateLiteral(
      [{ variable: request.basic.username }, ":", { variable: request.basic.password }],
      false,
    );
    entries.push([stringLiteral("Authorization"), `\`Basic \${btoa(${pair})}\``]);
  }
  const headers =
    entries.length === 0 ? "{}" : `{\n${entries.map(([name, value]) => `    ${name}: ${value},\n`).join("")}  }`;
  const url = urlText(request);
  const readsEnvironment =
    request.basic !== undefined ||
    [url, ...request.headers.map(([, value]) => value), ...request.cookies.map(([, value]) => value)].some((text) =>
      text.some((part) => typeof part !== "string"),
    );
  return renderTemplate(template, {
    declarations: readsEnvironment ? PROCESS_DECLARATION : "",
    url: textExpression(url, true),
    method: stringLiteral(request.method),
    headers,
    bodyProperty: request.body ? `\n  body: ${fetchBody(request.body)},` : "",
  });
}

function fetchBody(body: ExampleBody): string {
  return body.json || typeof body.value !== "string"
    ? `JSON.stringify(${printValue(body.value, undefined, undefined, "  ")})`
    : stringLiteral(body.value);
}
