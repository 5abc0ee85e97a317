/** specgen's programmatic API: the same pipeline the CLI runs. */
export {
  generate,
  render,
  OUTPUT_KINDS,
  DEFAULT_SPEC,
  DEFAULT_OUT,
  type GenerateOptions,
  type GenerateResult,
  type RenderResult,
  type OutputKind,
} from "./pipeline.js";
export { loadSpec, loadSpecText, type LoadedSpec, type LoadOptions } from "./load/index.js";
export { buildModel, type ModelOptions } from "./model/build.js";
export type * from "./model/model.js";
export { emitTypes } from "./emit/models/index.js";
export type { GeneratedFile, EmitResult, EmitOptions, Emitter } from "./emit/emitter.js";
export { SpecError, formatWarning, type Warning, type SourceLocation } from "./errors.js";
export { checkDrift, type CheckResult, type FileDrift } from "./check/check.js";
export { diffSpecs, diffLoaded, sideFromText, type DiffResult, type DiffOptions } from "./diff/index.js";
export { RULES } from "./diff/rules.js";
export type { Finding, Rule, Level, Grade, Direction } from "./diff/terms.js";
export { emitValidators } from "./emit/validators/index.js";
export { emitExamples } from "./emit/examples/index.js";
export { emitDocs } from "./emit/docs/index.js";
export {
  validatePayloads,
  readPayloads,
  type PayloadVerdict,
  type PayloadError,
  type ValidatePayloadsOptions,
} from "./validate/validate-payload.js";
export {
  loadCompiledValidators,
  typescriptTranspiler,
  type CompiledValidators,
  type Transpiler,
} from "./validate/compiled.js";
