import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { ValidateFunction } from "ajv";
import { FIXTURES } from "../helpers/paths.js";

const require = createRequire(import.meta.url);

/**
 * Validates a SARIF log against the official SARIF 2.1.0 JSON Schema (draft-04, formats checked).
 * One of its patterns (`language`) is not a valid regular expression in Unicode mode, hence `unicodeRegExp: false`.
 */
export function sarifValidator(): ValidateFunction {
  const Ajv04 = require("ajv-draft-04") as new (
    options: object,
  ) => object & { compile(schema: object): ValidateFunction };
  const addFormats = require("ajv-formats") as (ajv: object) => void;
  const ajv = new Ajv04({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(
    JSON.parse(readFileSync(path.join(FIXTURES, "diff-sarif/sarif-schema-2.1.0.json"), "utf8")) as object,
  );
}
