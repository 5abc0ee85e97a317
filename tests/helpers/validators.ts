import type { GeneratedFile } from "../../generator/emit/emitter.js";
import { loadCompiledValidators, type ValidatorModule } from "../../generator/validate/compiled.js";
import type { Model } from "../../generator/model/model.js";
import { esbuildTranspiler } from "./esbuild-transpiler.js";
import { tempDir } from "./tmp.js";
import type { ValidationError } from "../../generated/validators/_runtime.js";

export interface LoadedValidators {
  readonly files: readonly GeneratedFile[];
  /** The module of a named schema, by key. */
  module(key: string): ValidatorModule;
  /** The shared runtime module (`_runtime`). */
  readonly runtime: ValidatorModule;
  /** `isX` of a named schema, by key. */
  is(key: string): (value: unknown) => boolean;
  validate(key: string): Validate;
  /** `fromWireX`: wire JSON → SDK form, validated. */
  fromWire(key: string): Validate;
  /** `toWireX`: SDK form → wire JSON, validated. */
  toWire(key: string): Validate;
}

// The runtime's own error type (every generated runtime has the same one; `specgen check` keeps
// generated/ equal to what the emitter writes).
export type { ValidationError };

export type Validate = (
  value: unknown,
  options?: { allErrors?: boolean },
) =>
  | { ok: true; value: unknown }
  | {
      ok: false;
      errors: ValidationError[];
    };

/**
 * The validators of a model, the modules reachable from `keys` (all when omitted) transpiled
 * into a folder under tests/tmp and imported.
 */
export async function loadValidators(
  model: Model,
  prefix: string,
  keys?: readonly string[],
): Promise<LoadedValidators> {
  const wanted = keys ?? [...model.schemas.keys()];
  const { files, module, runtime } = await loadCompiledValidators(
    model,
    wanted,
    await tempDir(prefix),
    esbuildTranspiler,
  );
  const typeName = (key: string): string => model.schemas.get(key)!.typeName;
  return {
    files,
    module,
    runtime,
    is: (key) => module(key)[`is${typeName(key)}`] as (value: unknown) => boolean,
    validate: (key) => module(key)[`validate${typeName(key)}`] as Validate,
    fromWire: (key) => module(key)[`fromWire${typeName(key)}`] as Validate,
    toWire: (key) => module(key)[`toWire${typeName(key)}`] as Validate,
  };
}
