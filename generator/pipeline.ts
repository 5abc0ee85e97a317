import type { FormatMode } from "./emit/validators/formats.js";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Warning } from "./errors.js";
import { streamTypes } from "./emit/types/index.js";
import type { EmitOptions, EmitStream, GeneratedFile } from "./emit/types.js";
import { startWireTypes, type WireTypesJob } from "./emit/wire-types.js";
import { streamExamples } from "./emit/examples/index.js";
import { streamDocs } from "./emit/docs/index.js";
import { streamValidators } from "./emit/validators/index.js";
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
  /** Format checks of the validators: `full` (default, as ajv-formats' full mode) or `fast`. */
  readonly formats?: FormatMode | undefined;
}

export interface RenderResult {
  readonly spec: LoadedSpec;
  readonly model: Model;
  readonly byKind: ReadonlyMap<OutputKind, readonly GeneratedFile[]>;
  readonly warnings: readonly Warning[];
}

interface ProducerInput {
  readonly model: Model;
  readonly options: EmitOptions;
}

type Producer = (input: ProducerInput) => EmitStream;

/** Our emitters. openapi-typescript's `openapi.d.ts` joins the `types` output from its worker. */
const PRODUCERS: Record<OutputKind, Producer> = {
  types: ({ model }) => streamTypes(model),
  validators: ({ model, options }) => streamValidators(model, { formats: options.formats }),
  examples: ({ model, options }) => streamExamples(model, options),
  docs: ({ model, options }) => underFolder(DOCS_DIR, streamDocs(model, options)),
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

function underFolder(folder: string, stream: EmitStream): EmitStream {
  function* moved(): Generator<GeneratedFile> {
    for (const file of stream.files) yield { path: `${folder}/${file.path}`, contents: file.contents };
  }
  return { files: moved(), warnings: () => stream.warnings() };
}

/** The emitters' streams, not yet run, plus openapi-typescript's output on its way from the worker. */
interface StagedRender {
  readonly spec: LoadedSpec;
  readonly model: Model;
  /** In OUTPUT_KINDS order, so that nothing depends on who finished first. */
  readonly streams: ReadonlyMap<OutputKind, EmitStream>;
  readonly late: Promise<ReadonlyMap<OutputKind, readonly GeneratedFile[]>> | undefined;
  readonly cancel: () => void;
}

async function renderStaged(options: GenerateOptions): Promise<StagedRender> {
  const kinds = OUTPUT_KINDS.filter((kind) => (options.only ?? OUTPUT_KINDS).includes(kind));
  // openapi-typescript is the slowest stage: its worker loads it while the spec is read, and
  // types the document on the second core as soon as it is bundled, before our checks.
  const wire: WireTypesJob | undefined = kinds.includes("types") ? startWireTypes() : undefined;
  const cancel = (): void => wire?.cancel();
  try {
    const spec = await loadSpec(options.spec ?? DEFAULT_SPEC, {
      ...options,
      onBundled: wire ? (document, jsonText) => wire.type(document, jsonText) : undefined,
    });
    const model = buildModel(spec);
    const emitOptions: EmitOptions = {
      packageName: options.packageName ?? model.sdkPackage ?? DEFAULT_PACKAGE,
      templatesDir: options.templatesDir ?? DEFAULT_TEMPLATES,
      formats: options.formats,
    };
    const streams = new Map<OutputKind, EmitStream>(kinds.map((kind) => [kind, PRODUCERS[kind]({ model, options: emitOptions })]));
    const late = wire?.result.then((result) => new Map<OutputKind, readonly GeneratedFile[]>([["types", result.files]]));
    // Whoever awaits `late` sees its failure; until then it must not count as unhandled.
    late?.catch(() => undefined);
    return { spec, model, streams, late, cancel };
  } catch (error) {
    cancel();
    throw error;
  }
}

function warningsOf(streams: ReadonlyMap<OutputKind, EmitStream>): Warning[] {
  return uniqueWarnings([...streams.values()].flatMap((stream) => stream.warnings()));
}

/** load → model → emitters, all in memory. `generate` writes the result; `check` compares it. */
export async function render(options: GenerateOptions = {}): Promise<RenderResult> {
  const staged = await renderStaged(options);
  try {
    const byKind = new Map<OutputKind, readonly GeneratedFile[]>([...staged.streams].map(([kind, stream]) => [kind, [...stream.files]]));
    const late = await staged.late;
    for (const [kind, files] of late ?? []) byKind.set(kind, [...(byKind.get(kind) ?? []), ...files]);
    return { spec: staged.spec, model: staged.model, warnings: warningsOf(staged.streams), byKind };
  } catch (error) {
    staged.cancel();
    throw error;
  }
}

export interface GenerateResult extends WriteSummary {
  readonly spec: LoadedSpec;
  readonly model: Model;
  readonly warnings: readonly Warning[];
  readonly out: string;
}

/**
 * Regenerates the output folder from a spec. Nothing is written unless everything succeeded:
 * each file is staged as the emitters produce it (its text is then free to be collected), and
 * openapi-typescript's file when its worker is done; the staging folder is swapped in last.
 */
export async function generate(options: GenerateOptions = {}): Promise<GenerateResult> {
  const staged = await renderStaged(options);
  const out = options.out ?? DEFAULT_OUT;
  try {
    const files = new Map<OutputKind, Iterable<GeneratedFile>>([...staged.streams].map(([kind, stream]) => [kind, stream.files]));
    const summary = await writeOutputs(out, { byKind: files, late: staged.late });
    return { spec: staged.spec, model: staged.model, warnings: warningsOf(staged.streams), ...summary, out };
  } catch (error) {
    staged.cancel();
    throw error;
  }
}
