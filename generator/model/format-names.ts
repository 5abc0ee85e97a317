/**
 * The string formats specgen knows: ajv-formats' string formats. The validators check each one
 * (emit/validators/format-table.ts is written by scripts/write-format-table.mjs for exactly these
 * names, and tests/validators/formats.test.ts keeps them equal), and a schema without `type` that
 * names one is about strings.
 */
export const STRING_FORMAT_NAMES: readonly string[] = [
  "date",
  "time",
  "date-time",
  "iso-time",
  "iso-date-time",
  "duration",
  "uri",
  "uri-reference",
  "uri-template",
  "url",
  "email",
  "hostname",
  "ipv4",
  "ipv6",
  "regex",
  "uuid",
  "json-pointer",
  "json-pointer-uri-fragment",
  "relative-json-pointer",
  "byte",
];

/** The number formats (OpenAPI's): a schema without `type` that names one is about numbers. */
export const NUMBER_FORMAT_NAMES: readonly string[] = ["int32", "int64", "float", "double"];
