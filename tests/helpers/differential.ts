import type { ErrorObject } from "ajv";
import { escapePointerToken } from "../../generator/codegen/json-pointer.js";
import { ExampleSelector } from "../../generator/example-values/index.js";
import type { LoadedSpec } from "../../generator/load/index.js";
import type { Model } from "../../generator/model/model.js";
import { ajvReference } from "./ajv-reference.js";
import { payloadsFor } from "./payloads.js";
import { loadValidators } from "./validators.js";

/**
 * The differential run: for each schema, payloads (see payloads.ts) are given to our `isX`,
 * `validateX` (first error and all errors), the Standard Schema and to Ajv (ajv-reference.ts).
 *
 * A disagreement is one of:
 * - `verdict`: `isX` and Ajv differ;
 * - `consistency`: `isX`, `validateX` (both modes) and the Standard Schema do not give one verdict,
 *   or the first-error mode does not give exactly one error;
 * - `pointer`: an error's pointer does not resolve in the payload;
 * - `errors`: the set of (pointer, keyword) of all errors differs from Ajv's (`instancePath`,
 *   `keyword`). Where Ajv reports a failed `oneOf`/`anyOf`/`not`, it also lists why each branch
 *   failed; our set must then be inside Ajv's, not equal to it.
 *
 * Spellings that differ on purpose are mapped before comparing: our `additionalProperties` and
 * `propertyNames` errors point at the offending key (Ajv: at the object, key in `params`); our
 * `required` names the property in `expected` (Ajv: `params.missingProperty`); `discriminator`
 * (a tag that picks no member) is Ajv's failed `oneOf`/`anyOf`; draft-04's boolean exclusive
 * bounds are reported by Ajv as `minimum`/`maximum`; our `never` is Ajv's `false schema`.
 */

export type Kind = "verdict" | "consistency" | "pointer" | "errors";

export interface Disagreement {
  readonly kind: Kind;
  /** The keyword it is about: the first one either side reported, or `valid`. */
  readonly keyword: string;
  readonly schema: string;
  readonly label: string;
  readonly detail: string;
}

export interface Report {
  readonly source: string;
  readonly schemas: number;
  readonly payloads: number;
  readonly invalid: number;
  readonly disagreements: readonly Disagreement[];
  /** Schemas the oracle cannot validate (Ajv throws), with its message: no verdict to compare with. */
  readonly oracleFailures: readonly { readonly schema: string; readonly message: string }[];
}

interface OurError {
  readonly pointer: string;
  readonly keyword: string;
  readonly expected: string;
}
type Result = { ok: true; value: unknown } | { ok: false; errors: OurError[] };
type Validate = (value: unknown, options?: { allErrors?: boolean }) => Result;
type Standard = { "~standard": { validate(value: unknown): { issues?: readonly unknown[] } } };

export interface RunOptions {
  readonly seed: number;
  /** Payloads per schema at most (examples, mutations, random). */
  readonly limit: number;
  /** Seeded random values per schema. */
  readonly random: number;
  readonly prefix: string;
}

/** Runs the differential over the named schemas `keys` of one description. */
export async function runDifferential(
  source: string,
  spec: LoadedSpec,
  model: Model,
  keys: readonly string[],
  options: RunOptions,
): Promise<Report> {
  const reference = ajvReference(spec);
  const selector = new ExampleSelector(model);
  const usable = keys.filter((key) => reference.at(model.schemas.get(key)!.schema.pointer) !== undefined);
  const loaded = await loadValidators(model, options.prefix, usable);
  const disagreements: Disagreement[] = [];
  const oracleFailures: { schema: string; message: string }[] =
    reference.failure === undefined ? [] : [{ schema: "(whole description)", message: reference.failure }];
  let payloads = 0;
  let invalid = 0;
  usable.forEach((key, index) => {
    const named = model.schemas.get(key)!;
    const ajv = reference.at(named.schema.pointer)!;
    const module = loaded.module(key);
    const is = module[`is${named.typeName}`] as (value: unknown) => boolean;
    const validate = module[`validate${named.typeName}`] as Validate;
    const standard = module[`wireSchema${named.typeName}`] as Standard;
    const example = selector.forNamed(key);
    const raw = rawAt(spec.document, named.schema.pointer);
    const list = payloadsFor(spec.document, raw, example === undefined ? [] : [example], {
      seed: options.seed + index,
      random: options.random,
      limit: options.limit,
    });
    const found: Disagreement[] = [];
    let counted = 0;
    let failed = 0;
    for (const { label, value } of list) {
      let expected: boolean;
      try {
        expected = ajv(value) as boolean;
      } catch (error) {
        // Ajv's own defect (a recursive `$ref` compiled from a pointer: `wrapper0.validate is
        // not a function`): the oracle has no verdict, so the schema is not compared at all.
        oracleFailures.push({ schema: key, message: (error as Error).message.split("\n")[0]! });
        return;
      }
      counted++;
      if (!expected) failed++;
      const entries = compare(
        expected,
        (ajv.errors ?? []) as ErrorObject[],
        value,
        is,
        validate,
        standard,
        spec.version,
      );
      for (const entry of entries) found.push({ ...entry, schema: key, label });
    }
    payloads += counted;
    invalid += failed;
    disagreements.push(...found);
  });
  const schemaFailures = oracleFailures.length - (reference.failure === undefined ? 0 : 1);
  return { source, schemas: usable.length - schemaFailures, payloads, invalid, disagreements, oracleFailures };
}

function rawAt(document: unknown, pointer: string): unknown {
  let at = document;
  for (const token of pointer.slice(1).split("/")) {
    if (pointer === "") break;
    at = (at as Record<string, unknown>)[token.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return at;
}

function compare(
  expected: boolean,
  ajvErrors: readonly ErrorObject[],
  value: unknown,
  is: (value: unknown) => boolean,
  validate: Validate,
  standard: Standard,
  version: string,
): Omit<Disagreement, "schema" | "label">[] {
  const out: Omit<Disagreement, "schema" | "label">[] = [];
  const quick = is(value);
  const first = validate(value);
  const all = validate(value, { allErrors: true });
  const issues = standard["~standard"].validate(value).issues;
  const ourKeyword = !all.ok
    ? (all.errors[0]?.keyword ?? "?")
    : !first.ok
      ? (first.errors[0]?.keyword ?? "?")
      : "valid";
  const ajvKeyword =
    ajvErrors.find((error) => !["oneOf", "anyOf"].includes(error.keyword))?.keyword ?? ajvErrors[0]?.keyword ?? "valid";
  const payload = JSON.stringify(value)?.slice(0, 200);
  if (quick !== expected) {
    out.push({
      kind: "verdict",
      keyword: expected ? ourKeyword : ajvKeyword,
      detail: `Ajv ${expected}, ours ${quick}: ${payload}; Ajv ${JSON.stringify(ajvErrors.map((e) => [e.instancePath, e.keyword])).slice(0, 200)}; ours ${all.ok ? "[]" : JSON.stringify(all.errors.map((e) => [e.pointer, e.keyword])).slice(0, 200)}`,
    });
  }
  const consistent =
    first.ok === quick &&
    all.ok === quick &&
    (issues === undefined) === quick &&
    (quick || (!first.ok && first.errors.length === 1 && !all.ok && all.errors.length >= 1));
  if (!consistent)
    out.push({
      kind: "consistency",
      keyword: ourKeyword,
      detail: `is ${quick}, validate ${first.ok}/${first.ok ? 0 : first.errors.length}, all ${all.ok}, standard ${issues === undefined}: ${payload}`,
    });
  const ours = [...(first.ok ? [] : first.errors), ...(all.ok ? [] : all.errors)];
  for (const error of ours) {
    if (!resolves(value, error.pointer))
      out.push({
        kind: "pointer",
        keyword: error.keyword,
        detail: `${error.pointer} (${error.keyword}) not in ${payload}`,
      });
  }
  if (quick === expected && !all.ok && !expected) {
    const theirs = new Set(ajvErrors.flatMap((error) => ajvEntries(error, version)));
    const mine = new Set(all.errors.flatMap((error) => ourEntries(error, version)));
    const branching = ajvErrors.some((error) => ["oneOf", "anyOf", "not", "discriminator"].includes(error.keyword));
    const missing = [...mine].filter(
      (entry) =>
        !theirs.has(entry) &&
        !(
          entry.endsWith(" union") &&
          (theirs.has(entry.replace(/ union$/, " oneOf")) || theirs.has(entry.replace(/ union$/, " anyOf")))
        ),
    );
    const extra = branching ? [] : [...theirs].filter((entry) => !mine.has(entry));
    if (missing.length > 0 || extra.length > 0)
      out.push({
        kind: "errors",
        keyword: (missing[0] ?? extra[0] ?? "").split(" ")[1] ?? "?",
        detail: `ours only ${JSON.stringify(missing)}, Ajv only ${JSON.stringify(extra)}: ${payload}`,
      });
  }
  return out;
}

function bound(keyword: string, version: string): string {
  if (version === "3.0" && keyword === "exclusiveMinimum") return "minimum";
  if (version === "3.0" && keyword === "exclusiveMaximum") return "maximum";
  return keyword;
}

function ajvEntries(error: ErrorObject, version: string): string[] {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === "required") return [`${error.instancePath} required ${String(params.missingProperty)}`];
  if (error.keyword === "additionalProperties")
    return [`${error.instancePath}/${escapePointerToken(String(params.additionalProperty))} additionalProperties`];
  if (typeof error.propertyName === "string")
    return [`${error.instancePath}/${escapePointerToken(error.propertyName)} ${error.keyword}`];
  if (error.keyword === "propertyNames") return [];
  return [`${error.instancePath} ${bound(error.keyword, version)}`];
}

function ourEntries(error: OurError, version: string): string[] {
  if (error.keyword === "required") return [`${error.pointer} required ${error.expected}`];
  if (error.keyword === "discriminator") return [`${error.pointer} union`];
  if (error.keyword === "never") return [`${error.pointer} false schema`];
  return [`${error.pointer} ${bound(error.keyword, version)}`];
}

/** True when the JSON pointer names a value inside `root`. */
export function resolves(root: unknown, pointer: string): boolean {
  if (pointer === "") return true;
  if (!pointer.startsWith("/")) return false;
  let at = root;
  for (const token of pointer.slice(1).split("/")) {
    const key = token.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(at)) {
      if (!/^(0|[1-9]\d*)$/.test(key) || Number(key) >= at.length) return false;
      at = at[Number(key)];
    } else if (typeof at === "object" && at !== null && Object.hasOwn(at, key))
      at = (at as Record<string, unknown>)[key];
    else return false;
  }
  return true;
}

/** Disagreements per kind and keyword, most first: the report's table. */
export function groupByKeyword(
  reports: readonly Report[],
): { kind: Kind; keyword: string; count: number; example: Disagreement }[] {
  const groups = new Map<string, { kind: Kind; keyword: string; count: number; example: Disagreement }>();
  for (const entry of reports.flatMap((report) => report.disagreements)) {
    const id = `${entry.kind} ${entry.keyword}`;
    const group = groups.get(id);
    if (group) group.count++;
    else groups.set(id, { kind: entry.kind, keyword: entry.keyword, count: 1, example: entry });
  }
  return [...groups.values()].sort(
    (a, b) => b.count - a.count || a.kind.localeCompare(b.kind) || a.keyword.localeCompare(b.keyword),
  );
}

export function formatReport(reports: readonly Report[]): string {
  const lines: string[] = [];
  for (const report of reports)
    lines.push(
      `${report.source}: ${report.schemas} schemas, ${report.payloads} payloads (${report.invalid} invalid for Ajv), ${report.disagreements.length} disagreements`,
    );
  const groups = groupByKeyword(reports);
  if (groups.length > 0) {
    lines.push("", "kind         keyword               count  example");
    for (const group of groups)
      lines.push(
        `${group.kind.padEnd(12)} ${group.keyword.padEnd(21)} ${String(group.count).padStart(5)}  ${group.example.schema} / ${group.example.label}: ${group.example.detail.slice(0, 300)}`,
      );
  }
  return lines.join("\n");
}
