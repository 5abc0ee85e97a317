import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Warning } from "./errors.js";
import { emitTypes } from "./emit/types/index.js";
import type { EmitOptions, EmitResult, GeneratedFile } from "./emit/types.js";
import { emitWireTypes } from "./emit/wire-types.js";
import { emitExamples } from "./emit/examples/index.js";
import { emitDocs } from "./emit/docs/index.js";
import { loadSpec, type LoadedSpec, type LoadOptions } from "./load/index.js";
import { buildModel } from "./model/build.js";
import type { Model } from "./model/types.js";
import { writeOutputs } from "./write/write.js";

/** The outputs `generate` can produce, in the order they are produced. */
export const OUTPUT_KINDS = ["types", "examples", "docs"] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

export const DEFAULT_SPEC = "spec/openapi.yaml";
export const DEFAULT_OUT = "generated";
export const DEFAULT_PACKAGE = "atoma-sdk";
export const DEFAULT_TEMPLATES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../templates");

export interface GenerateOptions extends LoadOptions {
  /** Path of the OpenAPI document (YAML or JSON). */
  readonly spec?: string | undefined;
  /** Output folder; replaced atomically, files the generator did not write are kept. */
  readonly out?: string | undefined;
  /** Produce only these outputs; the others already in `out` are left as they are. */
  readonly only?: readonly OutputKind[] | undefined;
  readonly packageName?: string | undefined;
  readonly templatesDir?: string | undefined;
}

export interface RenderResult {
  readonly spec: LoadedSpec;
  readonly model: Model;
  readonly byKind: ReadonlyMap<OutputKind, readonly GeneratedFile[]>;
  readonly warnings: readonly Warning[];
}

type Producer = (model: Model, options: EmitOptions, spec: LoadedSpec) => Promise<EmitResult>;

const PRODUCERS: Record<OutputKind, Producer> = {
  types: async (model, _options, spec) => merge([emitTypes(model), await emitWireTypes(spec.document)]),
  examples: async (model, options) => emitExamples(model, options),
  docs: async (model, options) => underFolder(DOCS_DIR, emitDocs(model, options)),
};

/** Several outputs read the same examples; each problem is reported once. */
function uniqueWarnings(warnings: readonly Warning[]): Warning[] {
  const seen = new Set<string>();
  return warnings.filter((warning) => {
    const key = `${warning.code} ${warning.file ?? ""} ${warning.pointer ?? ""} ${warning.message}`;
    return !seen.has(key) && seen.add(key);
  });
}

/** Where the docs pages go inside the output folder (`specgen docs --out` writes them at its root). */
export const DOCS_DIR = "docs";

function underFolder(folder: string, result: EmitResult): EmitResult {
  return { files: result.files.map((file) => ({ ...file, path: `${folder}/${file.path}` })), warnings: result.warnings };
}

function merge(results: readonly EmitResult[]): EmitResult {
  return { files: results.flatMap((result) => result.files), warnings: results.flatMap((result) => result.warnings) };
}

/** load → model → emitters, all in memory. `generate` writes the result; `check` compares it. */
export async function render(options: GenerateOptions = {}): Promise<RenderResult> {
  const spec = await loadSpec(options.spec ?? DEFAULT_SPEC, options);
  const model = buildModel(spec);
  const emitOptions: EmitOptions = {
    packageName: options.packageName ?? model.sdkPackage ?? DEFAULT_PACKAGE,
    templatesDir: options.templatesDir ?? DEFAULT_TEMPLATES,
  };
  const byKind = new Map<OutputKind, readonly GeneratedFile[]>();
  const warnings: Warning[] = [];
  for (const kind of options.only ?? OUTPUT_KINDS) {
    const result = await PRODUCERS[kind](model, emitOptions, spec);
    byKind.set(kind, result.files);
    warnings.push(...result.warnings);
  }
  return { spec, model, byKind, warnings: uniqueWarnings(warnings) };
}

export interface GenerateResult extends RenderResult {
  readonly out: string;
  readonly written: number;
  readonly kept: number;
}

/** Regenerates the output folder from a spec. Nothing is written unless everything succeeded. */
export async function generate(options: GenerateOptions = {}): Promise<GenerateResult> {
  const rendered = await render(options);
  const out = options.out ?? DEFAULT_OUT;
  const { written, kept } = await writeOutputs(out, { byKind: rendered.byKind });
  return { ...rendered, out, written, kept };
}
