import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Warning } from "./errors.js";
import { emitTypes } from "./emit/types/index.js";
import type { EmitOptions, EmitResult, GeneratedFile } from "./emit/types.js";
import { emitWireTypes } from "./emit/wire-types.js";
import { emitExamples } from "./emit/examples/index.js";
import { emitDocs } from "./emit/docs/index.js";
import { emitValidators } from "./emit/validators/index.js";
import { loadSpec, type LoadedSpec, type LoadOptions } from "./load/index.js";
import { buildModel } from "./model/build.js";
import type { Model } from "./model/types.js";
import { writeOutputs, type WriteSummary } from "./write/write.js";

/** The outputs `generate` can produce, in the order they are produced. */
export const OUTPUT_KINDS = ["types", "validators", "examples", "docs"] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

export const DEFAULT_SPEC = "spec/openapi.yaml";
export const DEFAULT_OUT = "generated";
export const DEFAULT_PACKAGE = "atoma-sdk";
/** The templates shipped with specgen, found from this module whether it runs from source or from dist/. */
export const DEFAULT_TEMPLATES = shippedTemplates(path.dirname(fileURLToPath(import.meta.url)));

function shippedTemplates(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json")) && existsSync(path.join(dir, "templates"))) return path.join(dir, "templates");
    if (path.dirname(dir) === dir) throw new Error(`specgen's templates/ folder was not found above ${from}`);
  }
}

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
  types: async (model, _options, spec) => {
    // openapi-typescript works in a worker thread while the other emitters run here.
    const wire = emitWireTypes(spec.document);
    return merge([emitTypes(model), await wire]);
  },
  validators: async (model) => emitValidators(model),
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
  // Started together, so that work a producer hands to a worker thread overlaps the others;
  // collected in OUTPUT_KINDS order, so that the result does not depend on who finished first.
  const kinds = OUTPUT_KINDS.filter((kind) => (options.only ?? OUTPUT_KINDS).includes(kind));
  const results = await Promise.all(kinds.map((kind) => PRODUCERS[kind](model, emitOptions, spec)));
  const byKind = new Map<OutputKind, readonly GeneratedFile[]>(kinds.map((kind, i) => [kind, results[i]!.files]));
  const warnings: Warning[] = results.flatMap((result) => result.warnings);
  return { spec, model, byKind, warnings: uniqueWarnings(warnings) };
}

export interface GenerateResult extends RenderResult, WriteSummary {
  readonly out: string;
}

/** Regenerates the output folder from a spec. Nothing is written unless everything succeeded. */
export async function generate(options: GenerateOptions = {}): Promise<GenerateResult> {
  const rendered = await render(options);
  const out = options.out ?? DEFAULT_OUT;
  const summary = await writeOutputs(out, { byKind: rendered.byKind });
  return { ...rendered, ...summary, out };
}
