import type { FormatMode } from "./formats.js";
import { stringLiteral } from "../../codegen/code.js";
import type { Model } from "../../model/model.js";
import { collect, GENERATED_HEADER, type EmitResult, type EmitStream, type GeneratedFile } from "../emitter.js";
import { RUNTIME_MODULE, runtimeFile } from "./runtime.js";
import { emitValidatorModule } from "./schema-module.js";

export const VALIDATORS_DIR = "validators";

/**
 * The validators emitter: for every named schema a module of compiled checks of its wire form
 * (`validators/<stem>.ts`), the shared `_runtime.ts`, and an `index.ts` exporting them all.
 * No schema is read at run time and nothing is imported from npm.
 */
export function emitValidators(model: Model, options: ValidatorOptions = {}): EmitResult {
  return collect(streamValidators(model, options));
}

export function streamValidators(model: Model, options: ValidatorOptions = {}): EmitStream {
  return { files: validatorFiles(model, options.formats ?? "full"), warnings: () => [] };
}

/** Choices that make the validators differ from Ajv on purpose; each default is Ajv's behaviour. */
export interface ValidatorOptions {
  /** `full` (default): ajv-formats' full mode. `fast`: its regular expressions (no days per month, no leap-second rule). */
  readonly formats?: FormatMode | undefined;
}

function* validatorFiles(model: Model, formats: FormatMode): Generator<GeneratedFile> {
  yield runtimeFile(VALIDATORS_DIR, formats);
  for (const schema of model.schemas.values()) yield emitValidatorModule(model, schema, VALIDATORS_DIR, formats);
  const stems = [...model.schemas.values()].map((schema) => schema.fileStem).sort();
  const index =
    `export type { PatternMatcher, RegExpEngine, ValidateOptions, ValidationError, ValidationResult } from ${stringLiteral(`./${RUNTIME_MODULE}.js`)};\n` +
    `export { describeActual, formatError, setRegExpEngine } from ${stringLiteral(`./${RUNTIME_MODULE}.js`)};\n` +
    stems.map((stem) => `export * from ${stringLiteral(`./${stem}.js`)};\n`).join("");
  yield { path: `${VALIDATORS_DIR}/index.ts`, contents: GENERATED_HEADER + index };
}
