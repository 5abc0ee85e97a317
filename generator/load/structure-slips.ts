import type { ErrorObject } from "ajv";
import { joinPointer, pointerTokens } from "../codegen/json-pointer.js";
import { childAt, isRecord, SCHEMA_ARRAYS, SCHEMA_MAPS, SCHEMA_VALUED } from "./schema-walk.js";

/**
 * A slip the official schema rejects but no part of the model needs: a field no object of its kind
 * has (`source` at the root of googleapis.com/cloudbuild, `example` in an XML Object of
 * opensuse.org/obs), or a Schema Object keyword whose value has the wrong kind (`pattern: 0` in
 * api.video). openapi-typescript generates such documents; specgen removes the slip with a
 * warning (an error with `--strict`) when the document is valid without it.
 */
export interface Slip {
  readonly pointer: string;
  readonly message: string;
  readonly owner: Record<string, unknown>;
  readonly key: string;
}

/** Keywords whose value holds schemas: a wrong value there is a broken structure, not a slip. */
const STRUCTURAL = new Set<string>(["$ref", ...SCHEMA_VALUED, ...SCHEMA_ARRAYS, ...SCHEMA_MAPS]);

/**
 * The slips among the official schema's errors; `schemas` are the Schema Objects of the document
 * (as the schema walk found them). Errors of a `oneOf` branch that does not apply can name a field
 * the right branch needs: the caller keeps the removals only when the document is then valid.
 */
export function findSlips(document: unknown, errors: readonly ErrorObject[], schemas: ReadonlySet<object>): Slip[] {
  const found = new Map<string, Slip>();
  for (const error of errors) {
    const params = error.params as Record<string, unknown>;
    const name = params.unevaluatedProperty ?? params.additionalProperty;
    if (typeof name === "string") {
      const owner = valueAt(document, pointerTokens(error.instancePath));
      const pointer = joinPointer(error.instancePath, name);
      if (isRecord(owner) && !found.has(pointer))
        found.set(pointer, { pointer, message: `unexpected field ${JSON.stringify(name)}`, owner, key: name });
      continue;
    }
    const slip = keywordSlip(document, error, schemas);
    if (slip && !found.has(slip.pointer)) found.set(slip.pointer, slip);
  }
  return [...found.values()];
}

/** An error below a Schema Object's own keyword (not at a schema itself, not in a nested schema). */
function keywordSlip(document: unknown, error: ErrorObject, schemas: ReadonlySet<object>): Slip | undefined {
  const tokens = pointerTokens(error.instancePath);
  let node: unknown = document;
  let owner: Record<string, unknown> | undefined;
  let keyAt = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (isRecord(node) && schemas.has(node)) {
      owner = node;
      keyAt = i;
    }
    node = childAt(node, tokens[i]!);
    if (node === undefined) return undefined;
  }
  if (owner === undefined || (isRecord(node) && schemas.has(node))) return undefined;
  const key = tokens[keyAt]!;
  if (STRUCTURAL.has(key) || key.startsWith("x-")) return undefined;
  const pointer = joinPointer("", ...tokens.slice(0, keyAt + 1));
  const where = keyAt + 1 < tokens.length ? joinPointer("", ...tokens.slice(keyAt + 1)) : "";
  return { pointer, message: `${key}${where} ${error.message ?? "is not allowed"}`, owner, key };
}

function valueAt(document: unknown, tokens: readonly string[]): unknown {
  let node = document;
  for (const token of tokens) {
    node = childAt(node, token);
    if (node === undefined) return undefined;
  }
  return node;
}

/** Removes the slips; the returned function puts them back as they were. */
export function removeSlips(slips: readonly Slip[]): () => void {
  const removed = slips.map(({ owner, key }) => ({ owner, key, value: owner[key] }));
  for (const { owner, key } of removed) delete owner[key];
  return () => {
    for (const { owner, key, value } of removed) owner[key] = value;
  };
}
