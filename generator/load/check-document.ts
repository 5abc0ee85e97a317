import { SpecError, joinPointer, splitPointer, type SourceLocation } from "../errors.js";
import type { ParsedSource } from "./parse.js";
import { collectRefs } from "./bundle.js";
import { isRecord, pathItems, walkSchemas } from "./schema-walk.js";
import { checkStructure } from "./structure.js";

export type OpenApiVersion = "3.0" | "3.1";

/** Every keyword a Schema Object may carry in OpenAPI 3.0 or 3.1 (JSON Schema drafts 4 to 2020-12). */
const SCHEMA_KEYWORDS = new Set([
  "$ref", "$id", "$schema", "$anchor", "$dynamicAnchor", "$dynamicRef", "$recursiveRef", "$recursiveAnchor",
  "$vocabulary", "$comment", "$defs", "id", "definitions",
  "type", "enum", "const", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
  "maxLength", "minLength", "pattern", "format", "maxItems", "minItems", "uniqueItems", "maxContains", "minContains",
  "contains", "items", "prefixItems", "additionalItems", "unevaluatedItems", "maxProperties", "minProperties",
  "required", "dependentRequired", "dependencies", "properties", "patternProperties", "additionalProperties",
  "unevaluatedProperties", "propertyNames", "dependentSchemas", "allOf", "anyOf", "oneOf", "not", "if", "then", "else",
  "title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples", "example",
  "contentEncoding", "contentMediaType", "contentSchema",
  "nullable", "discriminator", "xml", "externalDocs",
]);

/**
 * Checks what the rest of the pipeline relies on and reports the first problem with its file,
 * JSON pointer and line: an OpenAPI 3.0/3.1 root, well-formed components, `$ref`s that land
 * somewhere other than back on themselves, and schemas made only of known keywords.
 */
export function checkDocument(document: unknown, source: ParsedSource): OpenApiVersion {
  const at = (pointer: string): SourceLocation =>
    pointer === "" ? { file: source.file } : { file: source.file, pointer, line: source.lineOf(splitPointer(pointer)) };

  if (!isRecord(document)) throw new SpecError("NOT_OPENAPI", "not an OpenAPI document: the root is not an object", at(""));
  const version = document.openapi;
  if (typeof version !== "string") {
    const hint = typeof document.swagger === "string" ? " (Swagger 2.0 is not supported: convert it to OpenAPI 3 first)" : "";
    throw new SpecError("NOT_OPENAPI", `not an OpenAPI 3 document: no "openapi" version field${hint}`, at(""));
  }
  const match = /^3\.([01])\.\d+(-.+)?$/.exec(version);
  if (!match) throw new SpecError("NOT_OPENAPI", `unsupported OpenAPI version ${JSON.stringify(version)}: 3.0.x and 3.1.x are supported`, at("/openapi"));
  const openApiVersion: OpenApiVersion = match[1] === "0" ? "3.0" : "3.1";

  checkComponentNames(document, at);
  checkParameters(document, at);
  checkStructure(document, openApiVersion, at);
  checkOperationIds(document, at);
  if (!isRecord(document.info)) throw new SpecError("STRUCTURE", `"info" must be an object`, at("/info"));
  for (const field of ["title", "version"]) {
    if (typeof document.info[field] !== "string") throw new SpecError("STRUCTURE", `"info.${field}" must be a string`, at(`/info`));
  }
  if (openApiVersion === "3.0" && !isRecord(document.paths)) throw new SpecError("STRUCTURE", `"paths" must be an object in OpenAPI 3.0`, at("/paths"));
  if ("paths" in document && !isRecord(document.paths)) throw new SpecError("STRUCTURE", `"paths" must be an object`, at("/paths"));
  if ("components" in document && !isRecord(document.components)) throw new SpecError("STRUCTURE", `"components" must be an object`, at("/components"));
  const schemas = isRecord(document.components) ? document.components.schemas : undefined;
  if (schemas !== undefined && !isRecord(schemas)) throw new SpecError("STRUCTURE", `"components.schemas" must be an object`, at("/components/schemas"));
  for (const { schema, pointer, depth } of walkSchemas(document)) {
    if (depth > MAX_SCHEMA_DEPTH) {
      throw new SpecError("UNSUPPORTED", `schemas nested more than ${MAX_SCHEMA_DEPTH} levels deep are not supported (real APIs stay under 20)`, {
        file: source.file,
        pointer: abbreviatePointer(pointer),
      });
    }
    for (const key of Object.keys(schema)) {
      if (!SCHEMA_KEYWORDS.has(key) && !key.startsWith("x-")) {
        throw new SpecError("UNKNOWN_KEYWORD", `unknown keyword ${JSON.stringify(key)} in a schema (extensions must start with "x-")`, at(`${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`));
      }
    }
    if ("type" in schema) checkType(schema.type, `${pointer}/type`, at);
  }

  checkRefs(document, at);
  return openApiVersion;
}

/** Component names become type and file names: say so plainly before the generic structure check does. */
function checkComponentNames(document: Record<string, unknown>, at: (pointer: string) => SourceLocation): void {
  const schemas = isRecord(document.components) ? document.components.schemas : undefined;
  if (isRecord(schemas)) {
    for (const name of Object.keys(schemas)) {
      if (!/^[a-zA-Z0-9._-]+$/.test(name)) {
        throw new SpecError("BAD_NAME", `schema name ${JSON.stringify(name)} is not allowed: component names must match ^[a-zA-Z0-9._-]+$`, at(joinPointer("/components/schemas", name)));
      }
      const schema = schemas[name];
      if (!isRecord(schema) && typeof schema !== "boolean") throw new SpecError("STRUCTURE", `schema ${JSON.stringify(name)} must be an object`, at(joinPointer("/components/schemas", name)));
    }
  }
}

const PARAMETER_LOCATIONS = ["path", "query", "header", "cookie"];

/**
 * A parameter without a valid `in` matches no branch of the official schema, whose error then
 * names an unrelated field; this check names the real one.
 */
function checkParameters(document: Record<string, unknown>, at: (pointer: string) => SourceLocation): void {
  const paths = isRecord(document.paths) ? document.paths : {};
  for (const route of Object.keys(paths)) {
    const item = paths[route];
    if (!isRecord(item)) continue;
    const lists: [unknown, string][] = [[item.parameters, joinPointer("/paths", route, "parameters")]];
    for (const method of Object.keys(item)) {
      const operation = item[method];
      if (isRecord(operation)) lists.push([operation.parameters, joinPointer("/paths", route, method, "parameters")]);
    }
    for (const [list, pointer] of lists) {
      if (!Array.isArray(list)) continue;
      list.forEach((parameter, i) => {
        if (!isRecord(parameter) || "$ref" in parameter) return;
        if (typeof parameter.name !== "string") throw new SpecError("STRUCTURE", `a parameter needs a "name"`, at(joinPointer(pointer, i)));
        if (!PARAMETER_LOCATIONS.includes(parameter.in as string)) {
          throw new SpecError("STRUCTURE", `parameter ${JSON.stringify(parameter.name)} needs "in": one of ${PARAMETER_LOCATIONS.join(", ")}`, at(joinPointer(pointer, i)));
        }
      });
    }
  }
}

/**
 * "The id MUST be unique among all operations described in the API": SDK methods, operation
 * pages and openapi-typescript's `operations` interface are keyed by it.
 */
function checkOperationIds(document: Record<string, unknown>, at: (pointer: string) => SourceLocation): void {
  const firstUse = new Map<string, string>();
  for (const { route, operations } of pathItems(document)) {
    for (const { method, operation, pointer } of operations) {
      if (typeof operation.operationId !== "string") continue;
      const earlier = firstUse.get(operation.operationId);
      if (earlier !== undefined) {
        throw new SpecError("STRUCTURE", `operationId ${JSON.stringify(operation.operationId)} is also the id of ${earlier}: operation ids must be unique`, at(joinPointer(pointer, "operationId")));
      }
      firstUse.set(operation.operationId, `${method.toUpperCase()} ${route}`);
    }
  }
}

/**
 * Inline nesting beyond this is refused: every stage walks schemas recursively, and a hostile
 * 10,000-level document must end in a clear error, not a stack overflow. GitHub's deepest is 8.
 */
export const MAX_SCHEMA_DEPTH = 64;

/** `/a/b/c/…/y/z`: a pointer short enough for a one-line message. */
function abbreviatePointer(pointer: string): string {
  const tokens = pointer.split("/");
  return tokens.length <= 12 ? pointer : [...tokens.slice(0, 8), "…", ...tokens.slice(-3)].join("/");
}

const JSON_TYPES = new Set(["string", "number", "integer", "boolean", "array", "object", "null"]);

function checkType(type: unknown, pointer: string, at: (pointer: string) => SourceLocation): void {
  const types = Array.isArray(type) ? type : [type];
  for (const entry of types) {
    if (typeof entry !== "string" || !JSON_TYPES.has(entry)) {
      throw new SpecError("STRUCTURE", `${JSON.stringify(entry)} is not a JSON Schema type`, at(pointer));
    }
  }
}

function checkRefs(document: Record<string, unknown>, at: (pointer: string) => SourceLocation): void {
  for (const site of collectRefs(document)) {
    if (!site.ref.startsWith("#")) {
      throw new SpecError("UNSUPPORTED", `$ref ${JSON.stringify(site.ref)} is neither local nor bundled`, at(site.pointer));
    }
    const seen = new Set<string>();
    let ref = site.ref;
    for (;;) {
      const target = resolveLocal(document, ref);
      if (target === undefined) {
        throw new SpecError("DANGLING_REF", `$ref ${JSON.stringify(ref)} points to nothing`, at(site.pointer));
      }
      if (seen.has(ref)) {
        throw new SpecError("REF_CYCLE", `$ref chain ${[...seen, ref].map((r) => JSON.stringify(r)).join(" -> ")} only leads back to itself`, at(site.pointer));
      }
      seen.add(ref);
      // Only a node that is nothing but a `$ref` continues the chain; anything else is a real schema.
      if (!isRecord(target) || typeof target.$ref !== "string" || Object.keys(target).some((key) => !isAnnotation(key))) break;
      ref = target.$ref;
    }
  }
}

function isAnnotation(key: string): boolean {
  return key === "$ref" || key === "description" || key === "summary" || key === "title" || key.startsWith("x-");
}

export function resolveLocal(document: unknown, ref: string): unknown {
  let node: unknown = document;
  let tokens: string[];
  try {
    tokens = splitPointer(ref);
  } catch {
    return undefined;
  }
  for (const token of tokens) {
    if (Array.isArray(node)) node = /^\d+$/.test(token) ? node[Number(token)] : undefined;
    else if (isRecord(node) && Object.hasOwn(node, token)) node = node[token];
    else return undefined;
  }
  return node;
}
