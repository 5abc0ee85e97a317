import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { ErrorObject, ValidateFunction } from "ajv";
import { SpecError } from "../errors.js";
import { joinPointer, pointerTokens } from "../codegen/json-pointer.js";
import { parseSource } from "../load/parse.js";
import { BUNDLED_TEMPLATES } from "../emit/template.js";

/** Looked for in this order in the working directory, then in each folder above it. */
export const CONFIG_FILES = ["specgen.config.json", "specgen.config.yaml", "specgen.config.yml"] as const;

/** The JSON Schema of the config file, shipped beside templates/ for editors (`"$schema"`). */
export const CONFIG_SCHEMA = path.join(path.dirname(BUNDLED_TEMPLATES), "specgen.config.schema.json");

/** The commands a config file has a section for. */
export const CONFIG_SECTIONS = ["generate", "docs", "check", "diff", "validate"] as const;

/** Config keys whose value is a path, resolved against the config file's folder. */
const PATH_KEYS = new Set(["spec", "out", "templates", "ignoreFile", "refRoot"]);

export interface LoadedConfig {
  readonly file: string;
  /** Top-level keys, then the command's section over them (camelCase, as in the file). */
  valuesFor(command: string): Record<string, unknown>;
  /** The command's own section alone. */
  sectionOf(command: string): Record<string, unknown>;
}

/** The nearest config file at or above `cwd`, if any. */
export function findConfig(cwd: string): string | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    for (const name of CONFIG_FILES) if (existsSync(path.join(dir, name))) return path.join(dir, name);
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** Reads and checks a config file against its schema; every problem is one line naming file and line. */
export function loadConfig(file: string): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new SpecError(
      "IO",
      `cannot read the config file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      { file },
    );
  }
  const source = parseSource(text, file);
  const value = source.value ?? {};
  const validate = configValidator();
  if (!validate(value)) {
    const error = validate.errors![0]!;
    const extra =
      error.keyword === "additionalProperties"
        ? [String((error.params as Record<string, unknown>)["additionalProperty"])]
        : [];
    const tokens = [...pointerTokens(error.instancePath), ...extra];
    const pointer = tokens.length === 0 ? undefined : joinPointer("", ...tokens);
    throw new SpecError("STRUCTURE", `config: ${describe(error)}`, { file, line: source.lineOf(tokens), pointer });
  }
  const config = value as Record<string, unknown>;
  const dir = path.dirname(path.resolve(file));
  const resolved = (values: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(values)
        .filter(([key]) => key !== "$schema" && !(CONFIG_SECTIONS as readonly string[]).includes(key))
        .map(([key, item]) => [key, PATH_KEYS.has(key) ? resolvePaths(dir, item) : item]),
    );
  const sectionOf = (command: string): Record<string, unknown> => {
    const section = config[command];
    return typeof section === "object" && section !== null ? resolved(section as Record<string, unknown>) : {};
  };
  return { file, sectionOf, valuesFor: (command) => ({ ...resolved(config), ...sectionOf(command) }) };
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === "additionalProperties")
    return `unknown key ${JSON.stringify(params["additionalProperty"])}${error.instancePath === "" ? "" : ` in ${error.instancePath.slice(1)}`}`;
  if (error.keyword === "enum")
    return `${error.instancePath.slice(1)} must be one of ${(params["allowedValues"] as unknown[]).map((value) => JSON.stringify(value)).join(", ")}`;
  return `${error.instancePath === "" ? "the file" : error.instancePath.slice(1)} ${error.message ?? "is invalid"}`;
}

let validator: ValidateFunction | undefined;

/** Ajv is loaded only when there is a config file to check: most runs have none. */
function configValidator(): ValidateFunction {
  if (validator) return validator;
  const require = createRequire(import.meta.url);
  const Ajv = (require("ajv") as { default: new (options: object) => { compile(schema: object): ValidateFunction } })
    .default;
  validator = new Ajv({ allErrors: false, strict: false }).compile(
    JSON.parse(readFileSync(CONFIG_SCHEMA, "utf8")) as object,
  );
  return validator;
}

function resolvePaths(dir: string, value: unknown): unknown {
  if (typeof value === "string") return path.resolve(dir, value);
  return Array.isArray(value) ? value.map((item) => resolvePaths(dir, item)) : value;
}
