import { GENERATED_HEADER, type GeneratedFile } from "../emitter.js";
import { formatFunctions, type FormatMode } from "./formats.js";
import { PATTERN_RUNTIME } from "./pattern-runtime.js";
import { RUNTIME_JAVASCRIPT } from "./runtime-javascript.js";
import { TypeSyntax, type Language } from "./type-syntax.js";

/**
 * Schema modules are named `[a-z0-9]+` after their type: the underscore keeps a schema named
 * `Runtime` (Google's Cloud Functions has one) from replacing this module.
 */
export const RUNTIME_MODULE = "_runtime";

/** How deep a value may nest before it is refused: far below any stack limit. */
export const MAX_DEPTH = 512;

/**
 * The helpers every generated validator shares: fixed code of ours (no spec text), written once
 * as `_runtime.ts` beside the validators so that the generated code needs no npm package.
 */
const RUNTIME_SOURCE = `
/** One reason a value does not match its schema. */
export interface ValidationError {
  /** JSON pointer (RFC 6901) of the value at fault, e.g. \`/messages/0/role\`; \`""\` is the whole value. */
  readonly pointer: string;
  /** The schema keyword that failed: \`type\`, \`required\`, \`enum\`, \`maximum\`, \`depth\`... */
  readonly keyword: string;
  /** What the schema wants, in short. */
  readonly expected: string;
  /**
   * The value at fault, as it is (not a copy), so that finding an error builds no text: the value
   * at \`pointer\`; for \`discriminator\`, the tag's value; for a name \`propertyNames\` refuses, the
   * name. For \`depth\` and \`json\` errors (a value nested too deep to hand back safely, or one
   * JSON cannot hold), its description instead: \`function (not a JSON value)\`. \`describeActual\`
   * gives it in a few words either way.
   */
  readonly actual: unknown;
  /** What the value must be, for a person: \`must be a string\`. \`formatError\` adds where and what it is. */
  readonly message: string;
}

export type ValidationResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: ValidationError[] };

export interface ValidateOptions {
  /** Report every error instead of stopping at the first one. */
  readonly allErrors?: boolean | undefined;
}

/** Deeper values are refused (keyword \`depth\`) instead of overflowing the stack. */
export const MAX_DEPTH = ${MAX_DEPTH};

/**
 * The way from the validated value down to the one an error-collecting walker is at: per depth,
 * a JSON pointer fragment (escaped) and the array index or object key (raw) that ends it, if any.
 * Each walker writes its depth's step as it starts, and the pointer is joined only when an error
 * is reported, so that walking a valid value builds no string. (A getter of the value that
 * validated another value meanwhile, which JSON never has, could leave wrong pointers behind;
 * verdicts would stand.)
 */
const VIA: string[] = [];
const KEY: (string | number | undefined)[] = [];
for (let i = 0; i <= MAX_DEPTH + 1; i++) {
  VIA.push("");
  KEY.push(undefined);
}

/** Records how the walker at depth \`d\` was reached from its parent's value. */
export function step(d: number, via: string, key: string | number | undefined): void {
  VIA[d] = via;
  KEY[d] = key;
}

/** The JSON pointer of the value the walker at depth \`d\` is at. */
export function pointer(d: number): string {
  let out = "";
  for (let i = 0; i <= d; i++) {
    out += VIA[i]!;
    const key = KEY[i];
    if (key !== undefined) out += typeof key === "number" ? "" + key : escapePointer(key);
  }
  return out;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A key as integer \`propertyNames\` read it: a numeric-looking key is the number it spells. */
export function numericKey(k: string): string | number {
  return /^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$/.test(k) ? Number(k) : k;
}

/** The value of an own property only: for names that \`Object.prototype\` also has (\`constructor\`, \`__proto__\`). */
export function own(o: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

/** Length in Unicode code points, as JSON Schema counts (a surrogate pair is one). */
export function ucs2length(s: string): number {
  const length = s.length;
  let count = 0;
  for (let i = 0; i < length; i++) {
    count++;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  return count;
}

/**
 * \`multipleOf\` as Ajv decides it (without \`multipleOfPrecision\`): the quotient must print as
 * an integer. Ajv's rule is kept on purpose, so that both validators give the same verdict.
 */
export function isMultipleOf(v: number, m: number): boolean {
  const r = v / m;
  return r === parseInt(String(r), 10);
}

/** JSON equality: same type, arrays item by item, objects key by key in any order. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = Object.keys(ao);
  if (keys.length !== Object.keys(bo).length) return false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (!Object.prototype.hasOwnProperty.call(bo, key) || !deepEqual(ao[key], bo[key])) return false;
  }
  return true;
}

/** A text equal for equal JSON values (object keys sorted), so that \`uniqueItems\` needs no n² loop. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return "[" + v.map(canonical).join(",") + "]";
  if (isObject(v)) {
    const keys = Object.keys(v).sort();
    return "{" + keys.map((key) => JSON.stringify(key) + ":" + canonical(v[key])).join(",") + "}";
  }
  return typeof v === "string" ? JSON.stringify(v) : typeof v + ":" + String(v);
}

export function uniqueItems(items: readonly unknown[]): boolean {
  const seen = new Set<unknown>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const key = typeof item === "object" && item !== null ? canonical(item) : item;
    if (seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}

/**
 * True when \`v\` is of a JSON type: a string, boolean, finite number, null, array or object.
 * A free-form (\`{}\`) slot is checked this far and not walked into, as Ajv does not: the deep
 * check (\`isJsonValue\`) is left to \`fromWire\`/\`toWire\`, which copy such values.
 */
export function isJsonKind(v: unknown): boolean {
  switch (typeof v) {
    case "string":
    case "boolean":
    case "object":
      return true;
    case "number":
      return Number.isFinite(v);
    default:
      return false;
  }
}

/**
 * \`undefined\` when \`v\` is a JSON value through and through; else the failed result that names
 * the first place that is not (a cycle, a function, NaN, more than \`MAX_DEPTH\` levels).
 */
export function jsonFault(v: unknown): { readonly ok: false; readonly errors: ValidationError[] } | undefined {
  if (isJsonValue(v, 0)) return undefined;
  const errors: ValidationError[] = [];
  const found: NonJson = findNonJson(v, 0, [], "") ?? { pointer: "", value: v, why: "kind" };
  if (found.why === "depth") report(errors, found.pointer, "depth", "at most " + MAX_DEPTH + " levels", describe(found.value), "must not be nested deeper than " + MAX_DEPTH + " levels");
  else report(errors, found.pointer, "json", "JSON value", describe(found.value), found.why === "cycle" ? "must not contain itself (a cycle)" : "must be a JSON value");
  return { ok: false, errors };
}

interface NonJson {
  readonly pointer: string;
  readonly value: unknown;
  readonly why: "kind" | "cycle" | "depth";
}

/** Where \`v\` stops being JSON; walked only after \`isJsonValue\` said no, so it may allocate. */
function findNonJson(v: unknown, depth: number, open: object[], pointer: string): NonJson | undefined {
  if (typeof v !== "object" || v === null) return isJsonValue(v, depth) ? undefined : { pointer, value: v, why: "kind" };
  if (depth > MAX_DEPTH) return { pointer, value: v, why: "depth" };
  if (open.includes(v)) return { pointer, value: v, why: "cycle" };
  open.push(v);
  const keys = Object.keys(v);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const found = findNonJson((v as Record<string, unknown>)[key], depth + 1, open, pointer + "/" + escapePointer(key));
    if (found !== undefined) return found;
  }
  open.pop();
  return undefined;
}

/**
 * True when \`v\` is a JSON value: no \`undefined\`, function, symbol, BigInt, NaN or Infinity, no
 * cycle, no deeper than \`MAX_DEPTH\`. Allocates nothing: the open objects (to find cycles) live in
 * one module-level stack, emptied at every call (the walk never calls back into user code).
 */
export function isJsonValue(v: unknown, depth: number): boolean {
  switch (typeof v) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(v);
    case "object":
      if (v === null) return true;
      OPEN.length = 0;
      return jsonTree(v, depth);
    default:
      return false;
  }
}

const OPEN: object[] = [];

function jsonTree(v: object, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  for (let i = 0; i < OPEN.length; i++) if (OPEN[i] === v) return false;
  OPEN.push(v);
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (!jsonItem(v[i], depth + 1)) return false;
  } else {
    // for…in needs no key array; inherited keys are not part of the value.
    const o = v as Record<string, unknown>;
    for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key) && !jsonItem(o[key], depth + 1)) return false;
  }
  OPEN.pop();
  return true;
}

function jsonItem(v: unknown, depth: number): boolean {
  switch (typeof v) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(v);
    case "object":
      return v === null || jsonTree(v, depth);
    default:
      return false;
  }
}

/** Sets an own data property, even for \`__proto__\` (an assignment would set the prototype). */
export function setOwn(o: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
  else o[key] = value;
}

/** A deep copy of a JSON value made of new arrays and plain objects with own properties only. */
export function copyJson(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(copyJson);
  if (!isObject(v)) return v;
  const out: Record<string, unknown> = {};
  const keys = Object.keys(v);
  for (let i = 0; i < keys.length; i++) setOwn(out, keys[i]!, copyJson(v[keys[i]!]));
  return out;
}

/** One token of a JSON pointer (RFC 6901). */
export function escapePointer(token: string | number): string {
  return String(token).replace(/~/g, "~0").replace(/\\//g, "~1");
}

/** What a value is, in a few words, for error messages. */
export function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  switch (typeof v) {
    case "string":
      return v.length > 40 ? quote(v.slice(0, 40)) + "…" : quote(v);
    case "number":
      return Number.isFinite(v) ? "" + v : "" + v + " (not a JSON number)";
    case "boolean":
      return v ? "true" : "false";
    case "object":
      return "object";
    case "undefined":
      return "undefined";
    default:
      return typeof v + " (not a JSON value)";
  }
}

/**
 * \`JSON.stringify\` of a string, several times faster on one that needs no escape (no quote,
 * backslash, control character or surrogate): errors are reported at the speed of the checks.
 */
function quote(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return JSON.stringify(s);
  }
  return '"' + s + '"';
}

/**
 * The Standard Schema v1 interface (https://standardschema.dev), written out here as its authors
 * invite, so that generated code needs no package: tRPC, Hono, TanStack Form and others accept it.
 */
export interface StandardSchema<Input, Output> {
  readonly "~standard": {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => StandardResult<Output>;
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
}

export type StandardResult<Output> = { readonly value: Output; readonly issues?: undefined } | { readonly issues: readonly StandardIssue[] };

export interface StandardIssue {
  readonly message: string;
  readonly path?: readonly PropertyKey[] | undefined;
}

/** A Standard Schema whose \`validate\` runs \`run\` with every error reported. */
export function standardSchema<Input, Output>(run: (value: unknown, options: ValidateOptions) => ValidationResult<Output>): StandardSchema<Input, Output> {
  return {
    "~standard": {
      version: 1,
      vendor: "specgen",
      validate(value: unknown): StandardResult<Output> {
        const result = run(value, { allErrors: true });
        if (result.ok) return { value: result.value };
        return { issues: result.errors.map((error) => ({ message: error.message + " (got " + describeActual(error) + ")", path: issuePath(value, error) })) };
      },
    },
  };
}

/** Where an issue is: a missing property's own path (form libraries show it beside that field), else the error's pointer. */
function issuePath(value: unknown, error: ValidationError): PropertyKey[] {
  const path = pathOf(value, error.pointer);
  if (error.keyword === "required") path.push(error.expected);
  return path;
}

/** The keys of a JSON pointer into \`value\`: array indexes as numbers, object keys as strings. */
export function pathOf(value: unknown, pointer: string): PropertyKey[] {
  if (pointer === "") return [];
  const path: PropertyKey[] = [];
  let at: unknown = value;
  for (const token of pointer.slice(1).split("/")) {
    const key = token.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(at)) {
      path.push(Number(key));
      at = at[Number(key)];
    } else {
      path.push(key);
      at = isObject(at) ? own(at, key) : undefined;
    }
  }
  return path;
}

/**
 * Records one error. \`message\` is a constant the generator wrote (\`must be a string\`) and
 * \`actual\` the value itself: the one string built here is the pointer, as Ajv's \`instancePath\`.
 */
export function report(errors: ValidationError[], pointer: string, keyword: string, expected: string, actual: unknown, message: string): void {
  errors.push({ pointer, keyword, expected, actual, message });
}

/** What the value at fault is, in a few words: \`"12345"\`, \`7\`, \`object\`. */
export function describeActual(error: ValidationError): string {
  return (error.keyword === "depth" || error.keyword === "json") && typeof error.actual === "string" ? error.actual : describe(error.actual);
}

/** The error as one sentence for a person: \`/messages/0/role must be a string (got 7)\`. */
export function formatError(error: ValidationError): string {
  return (error.pointer === "" ? "value" : error.pointer) + " " + error.message + " (got " + describeActual(error) + ")";
}
`;

/**
 * The runtime's TypeScript in two parts: what every format mode shares, and the format functions
 * of one mode. Their JavaScript (runtime-javascript.ts) is the compiler's output for each part.
 */
export function runtimeSources(formats: FormatMode): { readonly shared: string; readonly formats: string } {
  return { shared: `${RUNTIME_SOURCE}${PATTERN_RUNTIME}`, formats: formatFunctions(formats) };
}

export function runtimeFile(folder: string, formats: FormatMode, language: Language = "typescript"): GeneratedFile {
  const parts =
    language === "typescript"
      ? runtimeSources(formats)
      : { shared: RUNTIME_JAVASCRIPT.shared, formats: RUNTIME_JAVASCRIPT.formats[formats] };
  return {
    path: `${folder}/${RUNTIME_MODULE}${TypeSyntax.of(language).extension}`,
    contents: `${GENERATED_HEADER}${parts.shared}\n${parts.formats}`,
  };
}
