import { SpecError, type SourceLocation, type Warning } from "../errors.js";
import { joinPointer, splitPointer } from "../codegen/json-pointer.js";
import type { ParsedSource } from "./parse.js";
import { EXTENSION_IGNORED } from "./bounds.js";
import { collectRefs, type RefSite } from "./bundle.js";
import { nearMiss } from "./near-miss.js";
import { checkPatterns } from "./patterns.js";
import { renewRecheckBudget } from "../pattern/backtracking.js";
import { Problems } from "./problems.js";
import { childAt, isRecord, pathItems, walkSchemas } from "./schema-walk.js";
import { checkStructure } from "./structure.js";

export type OpenApiVersion = "3.0" | "3.1" | "3.2";

/** Every keyword a Schema Object may carry in OpenAPI 3.0 or 3.1 (JSON Schema drafts 4 to 2020-12). */
const SCHEMA_KEYWORDS = new Set([
  "$ref",
  "$id",
  "$schema",
  "$anchor",
  "$dynamicAnchor",
  "$dynamicRef",
  "$vocabulary",
  "$comment",
  "$defs",
  "id",
  "definitions",
  "type",
  "enum",
  "const",
  "multipleOf",
  "maximum",
  "exclusiveMaximum",
  "minimum",
  "exclusiveMinimum",
  "maxLength",
  "minLength",
  "pattern",
  "format",
  "maxItems",
  "minItems",
  "uniqueItems",
  "maxContains",
  "minContains",
  "contains",
  "items",
  "prefixItems",
  "additionalItems",
  "unevaluatedItems",
  "maxProperties",
  "minProperties",
  "required",
  "dependentRequired",
  "dependencies",
  "properties",
  "patternProperties",
  "additionalProperties",
  "unevaluatedProperties",
  "propertyNames",
  "dependentSchemas",
  "allOf",
  "anyOf",
  "oneOf",
  "not",
  "if",
  "then",
  "else",
  "title",
  "description",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
  "examples",
  "example",
  "contentEncoding",
  "contentMediaType",
  "contentSchema",
  "nullable",
  "discriminator",
  "xml",
  "externalDocs",
]);

/** What a document's checks found that did not stop it. */
export interface CheckedDocument {
  readonly version: OpenApiVersion;
  readonly warnings: readonly Warning[];
}

export interface CheckOptions {
  /** Every warning about the document is an error. */
  readonly strict?: boolean | undefined;
  /** Extensions the bounds skipped before the checks (annotation data nested too deep or too large). */
  readonly skippedExtensions?: readonly Warning[] | undefined;
  /** Warn of patterns that backtrack in super-linear time (default true). */
  readonly backtracking?: boolean | undefined;
  /** The document's `$ref`s (`collectRefs`), when they were collected already. */
  readonly refs?: readonly RefSite[] | undefined;
  /** Whether the document is valid against the official schema of a version, when that was checked already. */
  readonly checkedValid?: ((version: OpenApiVersion) => boolean | undefined) | undefined;
}

/**
 * Checks what the rest of the pipeline relies on: an OpenAPI 3.0/3.1/3.2 root, well-formed
 * components, the official schema's structure, `$ref`s that land somewhere other than back on
 * themselves. Every problem is reported in one throw (up to a limit), each with its file, JSON
 * pointer and line. Unknown schema keywords and patterns JavaScript cannot run are warnings.
 */
export function checkDocument(document: unknown, source: ParsedSource, options: CheckOptions = {}): CheckedDocument {
  const problems = new Problems(source);
  const at = (pointer: string): SourceLocation => problems.at(pointer);

  if (!isRecord(document))
    throw new SpecError("NOT_OPENAPI", "not an OpenAPI document: the root is not an object", at(""));
  const version = document.openapi;
  if (typeof version !== "string") {
    const hint =
      typeof document.swagger === "string" ? " (Swagger 2.0 is not supported: convert it to OpenAPI 3 first)" : "";
    throw new SpecError("NOT_OPENAPI", `not an OpenAPI 3 document: no "openapi" version field${hint}`, at(""));
  }
  const match = /^3\.([012])\.\d+(-.+)?$/.exec(version);
  if (!match)
    throw new SpecError(
      "NOT_OPENAPI",
      `unsupported OpenAPI version ${JSON.stringify(version)}: 3.0.x, 3.1.x and 3.2.x are supported`,
      at("/openapi"),
    );
  const openApiVersion = `3.${match[1]}` as OpenApiVersion;

  for (const skipped of options.skippedExtensions ?? [])
    problems.carry("EXTENSION_SKIPPED", skipped, EXTENSION_IGNORED);
  checkComponentNames(document, problems);
  checkParameters(document, problems);
  // Before the official schema, whose words for the same problems are less plain.
  renewRecheckBudget();
  const schemas = checkSchemas(document, problems, options.backtracking !== false);
  checkStructure(document, openApiVersion, problems, schemas, options.checkedValid);
  checkOperationIds(document, problems);
  checkRefs(document, options.refs ?? collectRefs(document), problems);
  problems.throwIfAny(options.strict === true);
  return { version: openApiVersion, warnings: problems.warnings };
}

/**
 * Keywords of a JSON Schema draft that no OpenAPI version speaks: annotations, as JSON Schema reads
 * a word it does not know (Ajv's 2020-12 mode agrees: a `$recursiveRef: "#"` there means the
 * document's root, which is no schema and accepts any value).
 */
const OTHER_DRAFTS: Readonly<Record<string, string>> = {
  $recursiveRef: " (JSON Schema 2019-09; OpenAPI 3.1 speaks 2020-12, where $dynamicRef took its place)",
  $recursiveAnchor: " (JSON Schema 2019-09; OpenAPI 3.1 speaks 2020-12, where $dynamicAnchor took its place)",
};

/** Returns the Schema Objects it walked. */
function checkSchemas(document: Record<string, unknown>, problems: Problems, backtracking: boolean): Set<object> {
  const schemas = new Set<object>();
  for (const visit of walkSchemas(document)) {
    const { schema, depth } = visit;
    schemas.add(schema);
    if (depth > MAX_SCHEMA_DEPTH) {
      // Once per branch: everything below is as deep.
      if (depth === MAX_SCHEMA_DEPTH + 1) {
        problems.error(
          "UNSUPPORTED",
          `schemas nested more than ${MAX_SCHEMA_DEPTH} levels deep are not supported (real APIs stay under 20)`,
          visit.pointer,
          abbreviatePointer(visit.pointer),
        );
      }
      continue;
    }
    for (const key of Object.keys(schema)) {
      if (!SCHEMA_KEYWORDS.has(key) && !key.startsWith("x-")) {
        const guess = nearMiss(key, SCHEMA_KEYWORDS);
        const hint = OTHER_DRAFTS[key] ?? (guess === undefined ? "" : ` (did you mean ${JSON.stringify(guess)}?)`);
        problems.warn(
          "UNKNOWN_KEYWORD",
          `unknown keyword ${JSON.stringify(key)} in a schema${hint}`,
          "read as an annotation",
          joinPointer(visit.pointer, key),
        );
      }
    }
    if ("type" in schema) checkType(schema, () => joinPointer(visit.pointer, "type"), problems);
    if ("pattern" in schema || "patternProperties" in schema)
      checkPatterns(schema, visit.pointer, problems, backtracking);
  }
  return schemas;
}

/** Component names become type and file names: say so plainly before the generic structure check does. */
function checkComponentNames(document: Record<string, unknown>, problems: Problems): void {
  const schemas = isRecord(document.components) ? document.components.schemas : undefined;
  if (isRecord(schemas)) {
    for (const name of Object.keys(schemas)) {
      const pointer = joinPointer("/components/schemas", name);
      if (!/^[a-zA-Z0-9._-]+$/.test(name)) {
        problems.error(
          "BAD_NAME",
          `schema name ${JSON.stringify(name)} is not allowed: component names must match ^[a-zA-Z0-9._-]+$`,
          pointer,
        );
        continue;
      }
      const schema = schemas[name];
      if (!isRecord(schema) && typeof schema !== "boolean")
        problems.error("STRUCTURE", `schema ${JSON.stringify(name)} must be an object`, pointer);
    }
  }
}

const PARAMETER_LOCATIONS = ["path", "query", "header", "cookie"];

/**
 * A parameter without a valid `in` matches no branch of the official schema, whose error then
 * names an unrelated field; this check names the real one.
 */
function checkParameters(document: Record<string, unknown>, problems: Problems): void {
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
        if (typeof parameter.name !== "string")
          problems.error("STRUCTURE", `a parameter needs a "name"`, joinPointer(pointer, i));
        else if (!PARAMETER_LOCATIONS.includes(parameter.in as string)) {
          problems.error(
            "STRUCTURE",
            `parameter ${JSON.stringify(parameter.name)} needs "in": one of ${PARAMETER_LOCATIONS.join(", ")}`,
            joinPointer(pointer, i),
          );
        }
      });
    }
  }
}

/**
 * "The id MUST be unique among all operations described in the API": SDK methods, operation
 * pages and openapi-typescript's `operations` interface are keyed by it.
 */
function checkOperationIds(document: Record<string, unknown>, problems: Problems): void {
  const firstUse = new Map<string, string>();
  for (const { route, operations } of pathItems(document)) {
    for (const { method, operation, pointer } of operations) {
      if (typeof operation.operationId !== "string") continue;
      const earlier = firstUse.get(operation.operationId);
      if (earlier !== undefined) {
        problems.error(
          "STRUCTURE",
          `operationId ${JSON.stringify(operation.operationId)} is also the id of ${earlier}: operation ids must be unique`,
          joinPointer(pointer, "operationId"),
        );
        continue;
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

/**
 * A `type` that names no JSON Schema type (`type: application/json` in cloudmersive.com/ocr, a
 * whole schema in codat.io/accounting) asserts nothing Ajv could compile; the schema is read
 * without the names that are not types, with a warning (an error with `--strict`).
 */
function checkType(schema: Record<string, unknown>, pointer: () => string, problems: Problems): void {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const wrong = types.filter((entry) => typeof entry !== "string" || !JSON_TYPES.has(entry));
  if (wrong.length === 0) return;
  const kept = types.filter((entry) => !wrong.includes(entry));
  problems.warn(
    "STRUCTURE",
    `${wrong.map(nameOfType).join(", ")} ${wrong.length === 1 ? "is not a JSON Schema type" : "are not JSON Schema types"}`,
    kept.length === 0
      ? "the schema is read without a type"
      : `read as ${JSON.stringify(kept.length === 1 ? kept[0] : kept)}`,
    pointer(),
  );
  if (kept.length === 0) delete schema.type;
  else schema.type = Array.isArray(schema.type) ? kept : kept[0];
}

/** `"strnig" (did you mean "string"?)`. */
function nameOfType(entry: unknown): string {
  if (Array.isArray(entry)) return "an array";
  if (isRecord(entry)) return "an object";
  const guess = typeof entry === "string" ? nearMiss(entry, JSON_TYPES) : undefined;
  return `${JSON.stringify(entry)}${guess === undefined ? "" : ` (did you mean ${JSON.stringify(guess)}?)`}`;
}

function checkRefs(document: Record<string, unknown>, refs: readonly RefSite[], problems: Problems): void {
  // A cycle is reported once, at the first `$ref` found on it; the others lead into it.
  const cyclic = new Set<string>();
  for (const site of refs) {
    if (!site.ref.startsWith("#")) {
      problems.error("UNSUPPORTED", `$ref ${JSON.stringify(site.ref)} is neither local nor bundled`, site.pointer);
      continue;
    }
    const seen = new Set<string>();
    let ref = site.ref;
    for (;;) {
      if (cyclic.has(ref)) break;
      const target = resolveLocal(document, ref);
      if (target === undefined) {
        problems.error("DANGLING_REF", `$ref ${JSON.stringify(ref)} points to nothing`, site.pointer);
        break;
      }
      if (seen.has(ref)) {
        problems.error(
          "REF_CYCLE",
          `$ref chain ${[...seen, ref].map((r) => JSON.stringify(r)).join(" -> ")} only leads back to itself`,
          site.pointer,
        );
        for (const member of seen) cyclic.add(member);
        break;
      }
      seen.add(ref);
      // Only a node that is nothing but a `$ref` continues the chain; anything else is a real schema.
      if (!isRecord(target) || typeof target.$ref !== "string" || Object.keys(target).some((key) => !isAnnotation(key)))
        break;
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
    node = childAt(node, token);
    if (node === undefined) return undefined;
  }
  return node;
}
