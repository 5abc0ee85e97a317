import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ts } from "ts-morph";
import type { GeneratedFile } from "../../generator/emit/types.js";
import { emitValidators, VALIDATORS_DIR } from "../../generator/emit/validators/index.js";
import type { Model } from "../../generator/model/types.js";
import { tempDir } from "./tmp.js";

/** A generated validators module, as loaded. */
export type ValidatorModule = Record<string, unknown>;

export interface LoadedValidators {
  readonly files: readonly GeneratedFile[];
  /** The module of a named schema, by key. */
  module(key: string): ValidatorModule;
  /** `isX` of a named schema, by key. */
  is(key: string): (value: unknown) => boolean;
  validate(key: string): Validate;
  /** `fromWireX`: wire JSON → SDK form, validated. */
  fromWire(key: string): Validate;
  /** `toWireX`: SDK form → wire JSON, validated. */
  toWire(key: string): Validate;
}

export type Validate = (value: unknown, options?: { allErrors?: boolean }) => { ok: true; value: unknown } | { ok: false; errors: { pointer: string; keyword: string; message: string }[] };

/**
 * Emits the validators of a model, transpiles the modules reachable from `keys` (all when
 * omitted) with `ts.transpileModule` into a folder under tests/tmp, and imports them.
 */
export async function loadValidators(model: Model, prefix: string, keys?: readonly string[]): Promise<LoadedValidators> {
  const files = emitValidators(model).files;
  const byPath = new Map(files.map((file) => [file.path, file]));
  const stemOf = (key: string): string => model.schemas.get(key)!.fileStem;
  const wanted = keys ?? [...model.schemas.keys()];
  const queue = [...wanted.map((key) => `${VALIDATORS_DIR}/${stemOf(key)}.ts`), `${VALIDATORS_DIR}/runtime.ts`];
  const done = new Set<string>();
  const dir = await tempDir(prefix);
  mkdirSync(path.join(dir, VALIDATORS_DIR), { recursive: true });
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (done.has(file)) continue;
    done.add(file);
    const source = byPath.get(file);
    if (!source) throw new Error(`no generated file ${file}`);
    for (const match of source.contents.matchAll(/ from "\.\/([a-z0-9_]+)\.js"/g)) queue.push(`${VALIDATORS_DIR}/${match[1]}.ts`);
    const output = ts.transpileModule(source.contents, { compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 } }).outputText;
    writeFileSync(path.join(dir, file.replace(/\.ts$/, ".js")), output);
  }
  const modules = new Map<string, ValidatorModule>();
  for (const key of wanted) {
    const url = pathToFileURL(path.join(dir, VALIDATORS_DIR, `${stemOf(key)}.js`)).href;
    modules.set(key, (await import(/* @vite-ignore */ url)) as ValidatorModule);
  }
  const module = (key: string): ValidatorModule => {
    const found = modules.get(key);
    if (!found) throw new Error(`validators of ${key} were not loaded`);
    return found;
  };
  const typeName = (key: string): string => model.schemas.get(key)!.typeName;
  return {
    files,
    module,
    is: (key) => module(key)[`is${typeName(key)}`] as (value: unknown) => boolean,
    validate: (key) => module(key)[`validate${typeName(key)}`] as Validate,
    fromWire: (key) => module(key)[`fromWire${typeName(key)}`] as Validate,
    toWire: (key) => module(key)[`toWire${typeName(key)}`] as Validate,
  };
}
