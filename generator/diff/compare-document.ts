import { joinPointer, pointerTokens, unescapePointerToken } from "../codegen/json-pointer.js";
import type { PlacedFinding } from "./compare-models.js";
import type { SchemaComparer } from "./compare-schemas.js";
import type { RawHeader, Serialization } from "./terms.js";

type Json = Record<string, unknown>;
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

const isRecord = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Follows local `$ref`s of the bundled document (a header or parameter kept in components). */
function deref(document: Json, value: unknown): Json | undefined {
  let current = value;
  for (let hops = 0; isRecord(current) && typeof current.$ref === "string" && hops < 32; hops++) {
    const ref: string = current.$ref;
    if (!ref.startsWith("#/")) return undefined;
    current = pointerTokens(ref.slice(1)).reduce<unknown>(
      (node, token) => (isRecord(node) ? node[token] : undefined),
      document,
    );
  }
  return isRecord(current) ? current : undefined;
}

interface RawOperation {
  readonly name: string;
  readonly pointer: string;
  readonly itemPointer: string;
  readonly item: Json;
  readonly operation: Json;
}

function operationsOf(document: Json): Map<string, RawOperation> {
  const out = new Map<string, RawOperation>();
  const paths = isRecord(document.paths) ? document.paths : {};
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = deref(document, rawItem);
    if (!item) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (!isRecord(operation)) continue;
      out.set(`${method.toUpperCase()} ${path.replace(/\{[^}]*\}/g, "{}")}`, {
        name: `${method.toUpperCase()} ${path}`,
        pointer: joinPointer("/paths", path, method),
        itemPointer: joinPointer("/paths", path),
        item,
        operation,
      });
    }
  }
  return out;
}

/** Alternatives of an operation's effective security, each a sorted list of `scheme` / `scheme:scope`. */
function securityOf(document: Json, operation: Json): string[][] {
  const raw = Array.isArray(operation.security)
    ? operation.security
    : Array.isArray(document.security)
      ? document.security
      : [];
  if (raw.length === 0) return [[]];
  return raw.filter(isRecord).map((requirement) =>
    Object.entries(requirement)
      .flatMap(([scheme, scopes]) => [
        scheme,
        ...(Array.isArray(scopes) ? scopes.map((scope) => `${scheme}:${String(scope)}`) : []),
      ])
      .sort(),
  );
}

function serializationOf(parameter: Json): Serialization {
  const place = String(parameter.in);
  const style =
    typeof parameter.style === "string" ? parameter.style : place === "query" || place === "cookie" ? "form" : "simple";
  return { style, explode: typeof parameter.explode === "boolean" ? parameter.explode : style === "form" };
}

/**
 * The parts of a description the model does not carry, compared on the bundled documents:
 * security requirements, response headers, parameter serialization and 3.1 `webhooks`.
 */
export function compareDocuments(base: Json, head: Json, comparer: SchemaComparer): PlacedFinding[] {
  const out: PlacedFinding[] = [];
  const headOps = operationsOf(head);
  for (const [key, before] of operationsOf(base)) {
    const after = headOps.get(key);
    if (!after) continue;
    const place = (
      findings: ReturnType<SchemaComparer["emit"]>,
      where: string,
      direction: "request" | "response" | undefined,
    ) => {
      for (const finding of findings) out.push({ ...finding, operation: after.name, where, direction });
    };
    place(
      comparer.emit(
        { scope: "security", base: securityOf(base, before.operation), head: securityOf(head, after.operation) },
        "request",
        joinPointer(before.pointer, "security"),
        joinPointer(after.pointer, "security"),
      ),
      "security",
      "request",
    );

    const parameters = (document: Json, raw: RawOperation) => {
      const byKey = new Map<string, { parameter: Json; pointer: string }>();
      const add = (list: unknown, pointer: string) => {
        if (!Array.isArray(list)) return;
        list.forEach((entry, i) => {
          const parameter = deref(document, entry);
          if (parameter && typeof parameter.name === "string")
            byKey.set(
              `${String(parameter.in)}:${parameter.in === "header" ? parameter.name.toLowerCase() : parameter.name}`,
              { parameter, pointer: joinPointer(pointer, i) },
            );
        });
      };
      add(raw.item.parameters, joinPointer(raw.itemPointer, "parameters"));
      add(raw.operation.parameters, joinPointer(raw.pointer, "parameters"));
      return byKey;
    };
    const headParams = parameters(head, after);
    for (const [paramKey, b] of parameters(base, before)) {
      const h = headParams.get(paramKey);
      if (!h || b.parameter.in === "path") continue;
      place(
        comparer.emit(
          {
            scope: "serialization",
            name: String(b.parameter.name),
            base: serializationOf(b.parameter),
            head: serializationOf(h.parameter),
          },
          "request",
          b.pointer,
          h.pointer,
        ),
        `parameter ${String(b.parameter.in)} ${String(b.parameter.name)}`,
        "request",
      );
    }

    const responses = (raw: RawOperation) => (isRecord(raw.operation.responses) ? raw.operation.responses : {});
    const headResponses = responses(after);
    for (const [status, rawResponse] of Object.entries(responses(before))) {
      const b = deref(base, rawResponse);
      const h = deref(head, headResponses[status]);
      if (!b || !h) continue;
      const headers = (document: Json, response: Json) => {
        const map = new Map<string, RawHeader>();
        for (const [name, header] of Object.entries(isRecord(response.headers) ? response.headers : {})) {
          const resolved = deref(document, header);
          if (resolved) map.set(name.toLowerCase(), { required: resolved.required === true });
        }
        return map;
      };
      const headHeaders = headers(head, h);
      const headNames = new Map(
        Object.keys(isRecord(h.headers) ? h.headers : {}).map((name) => [name.toLowerCase(), name]),
      );
      for (const [name, header] of headers(base, b)) {
        const original =
          Object.keys(isRecord(b.headers) ? b.headers : {}).find((candidate) => candidate.toLowerCase() === name) ??
          name;
        const headName = headNames.get(name);
        place(
          comparer.emit(
            { scope: "response-header", name: original, base: header, head: headHeaders.get(name) },
            "response",
            joinPointer(before.pointer, "responses", status, "headers", original),
            headName === undefined
              ? joinPointer(after.pointer, "responses", status)
              : joinPointer(after.pointer, "responses", status, "headers", headName),
          ),
          `response ${status.toUpperCase()}`,
          "response",
        );
      }
    }
  }

  const webhooks = (document: Json) => (isRecord(document.webhooks) ? document.webhooks : {});
  const headHooks = webhooks(head);
  for (const name of Object.keys(webhooks(base))) {
    const there = name in headHooks;
    for (const finding of comparer.emit(
      { scope: "webhook", name, base: true, head: there },
      "response",
      joinPointer("/webhooks", name),
      there ? joinPointer("/webhooks", name) : isRecord(head.webhooks) ? "/webhooks" : "/info",
    )) {
      out.push({ ...finding, operation: undefined, where: `webhook ${name}`, direction: "response" });
    }
  }
  return out;
}

/**
 * Component schemas the API itself sends outside of responses: those reachable from 3.1
 * `webhooks`, GitHub-style `x-webhooks` and operation `callbacks` (payloads a client receives).
 */
export function sentByApi(document: Json): Set<string> {
  const schemas =
    isRecord(document.components) && isRecord(document.components.schemas) ? document.components.schemas : {};
  const reached = new Set<string>();
  const followed = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (!isRecord(value)) return;
    if (typeof value.$ref === "string" && value.$ref.startsWith("#/components/schemas/")) {
      const name = unescapePointerToken(value.$ref.slice("#/components/schemas/".length));
      if (!reached.has(name)) {
        reached.add(name);
        visit(schemas[name]);
      }
    } else if (typeof value.$ref === "string" && value.$ref.startsWith("#/") && !followed.has(value.$ref)) {
      // A callback or path item kept in components.
      followed.add(value.$ref);
      visit(deref(document, value));
    }
    for (const inner of Object.values(value)) visit(inner);
  };
  visit(document.webhooks);
  visit(document["x-webhooks"]);
  for (const raw of operationsOf(document).values()) visit(raw.operation.callbacks);
  return reached;
}
