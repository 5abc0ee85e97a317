/** specgen's programmatic API: the same pipeline the CLI runs. */
export { generate, render, OUTPUT_KINDS, DEFAULT_SPEC, DEFAULT_OUT, type GenerateOptions, type GenerateResult, type RenderResult, type OutputKind } from "./pipeline.js";
export { loadSpec, loadSpecText, type LoadedSpec, type LoadOptions } from "./load/index.js";
export { buildModel } from "./model/build.js";
export type * from "./model/types.js";
export { emitTypes } from "./emit/types/index.js";
export type { GeneratedFile, EmitResult, EmitOptions, Emitter } from "./emit/types.js";
export { SpecError, formatWarning, type Warning, type SourceLocation } from "./errors.js";
