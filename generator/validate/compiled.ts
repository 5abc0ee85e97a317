import { writeFileSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { GeneratedFile } from "../emit/emitter.js";
import { emitValidators, VALIDATORS_DIR } from "../emit/validators/index.js";
import { RUNTIME_MODULE, runtimeFile } from "../emit/validators/runtime.js";
import { emitValidatorModule } from "../emit/validators/schema-module.js";
import type { Model } from "../model/model.js";

/** One generated validators module, as imported. */
export type ValidatorModule = Readonly<Record<string, unknown>>;

export interface CompiledValidators {
  /** The emitted TypeScript of every validators module (all schemas, not only the loaded ones); emitted when first read. */
  readonly files: readonly GeneratedFile[];
  /** The imported module of a named schema, by model key. */
  module(key: string): ValidatorModule;
  /** The imported `runtime` module the validators share (its `setRegExpEngine`, …). */
  readonly runtime: ValidatorModule;
}

/**
 * Turns TypeScript modules into JavaScript ones, in order: to run the TypeScript that `generate`
 * writes rather than the JavaScript the emitter writes (the same code without its types).
 */
export type Transpiler = (sources: readonly string[]) => Promise<string[]>;

/** Strips types with the TypeScript compiler, one module at a time. */
export const typescriptTranspiler: Transpiler = async (sources) => {
  // Loaded when first needed: the compiler takes 0.6 s to load, which every other command of the CLI would pay.
  const { ts } = await import("ts-morph");
  return sources.map(
    (source) =>
      ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 } })
        .outputText,
  );
};

/**
 * Emits the validators of a model that the modules of `keys` need, as JavaScript into `folder` (a
 * fresh temporary folder when omitted, removed once they are imported) and imports them: the code
 * `generate` writes, without its types, run as it is. With `transpile`, the TypeScript modules
 * themselves are emitted and transpiled instead.
 */
export async function loadCompiledValidators(
  model: Model,
  keys: readonly string[],
  folder?: string,
  transpile?: Transpiler,
): Promise<CompiledValidators> {
  // Only the modules reachable from `keys` are emitted: on GitHub's description, one schema
  // needs a handful of its 5,800 modules.
  const language = transpile === undefined ? "javascript" : "typescript";
  const byStem = new Map([...model.schemas.values()].map((schema) => [schema.fileStem, schema]));
  const emit = (stem: string): GeneratedFile | undefined => {
    if (stem === RUNTIME_MODULE) return runtimeFile(VALIDATORS_DIR, "full", language);
    const schema = byStem.get(stem);
    return schema && emitValidatorModule(model, schema, VALIDATORS_DIR, "full", language);
  };
  const stemOf = (key: string): string => {
    const schema = model.schemas.get(key);
    if (!schema) throw new Error(`no schema ${key} in the model`);
    return schema.fileStem;
  };
  const root = folder ?? (await mkdtemp(path.join(os.tmpdir(), "specgen-validators-")));
  try {
    await mkdir(path.join(root, VALIDATORS_DIR), { recursive: true });
    const queue = [...keys.map(stemOf), RUNTIME_MODULE];
    const reachable: { stem: string; source: string }[] = [];
    const seen = new Set<string>();
    while (queue.length > 0) {
      const stem = queue.pop()!;
      if (seen.has(stem)) continue;
      seen.add(stem);
      const file = emit(stem);
      if (!file) throw new Error(`no generated module ${stem}`);
      for (const match of file.contents.matchAll(/ from "\.\/([a-z0-9_]+)\.js"/g)) queue.push(match[1]!);
      reachable.push({ stem, source: file.contents });
    }
    // ES modules wherever the folder is, even under a package.json that says CommonJS.
    writeFileSync(path.join(root, VALIDATORS_DIR, "package.json"), '{ "type": "module" }\n');
    const sources = reachable.map((module) => module.source);
    const outputs = transpile === undefined ? sources : await transpile(sources);
    for (let i = 0; i < reachable.length; i++)
      writeFileSync(path.join(root, VALIDATORS_DIR, `${reachable[i]!.stem}.js`), outputs[i]!);
    const modules = new Map<string, ValidatorModule>();
    for (const key of keys) {
      const url = pathToFileURL(path.join(root, VALIDATORS_DIR, `${stemOf(key)}.js`)).href;
      modules.set(key, (await import(url)) as ValidatorModule);
    }
    const runtime = (await import(
      pathToFileURL(path.join(root, VALIDATORS_DIR, `${RUNTIME_MODULE}.js`)).href
    )) as ValidatorModule;
    let files: readonly GeneratedFile[] | undefined;
    return {
      get files() {
        files ??= emitValidators(model).files;
        return files;
      },
      runtime,
      module(key) {
        const found = modules.get(key);
        if (!found) throw new Error(`validators of ${key} were not loaded`);
        return found;
      },
    };
  } finally {
    if (folder === undefined) await rm(root, { recursive: true, force: true });
  }
}
