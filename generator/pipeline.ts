import type { FormatMode } from "./emit/validators/formats.js";
import { SpecError, type Warning } from "./errors.js";
import { streamModels } from "./emit/models/index.js";
import type { EmitOptions, EmitStream, GeneratedFile } from "./emit/emitter.js";
import { startWireTypes, type WireTypesJob } from "./emit/wire-types/index.js";
import { streamExamples } from "./emit/examples/index.js";
import { streamDocs } from "./emit/docs/index.js";
import { streamValidators } from "./emit/validators/index.js";
import { BUNDLED_TEMPLATES } from "./emit/template.js";
import { loadSpec, type LoadedSpec, type LoadOptions } from "./load/index.js";
import { buildModel } from "./model/build.js";
import type { Model } from "./model/model.js";
import type { TypeDiagnostic } from "./verify/typecheck.js";
import { writeOutputs, type OutputOptions, type WriteSummary } from "./write/write.js";
import { formatOutputs } from "./formatter/format-step.js";
import { findPrettier, type FormatterName, type Prettier } from "./formatter/prettier.js";

export const DEFAULT_SPEC = "spec/openapi.yaml";
export const DEFAULT_OUT = "generated";
export const DEFAULT_TEMPLATES = BUNDLED_TEMPLATES;
/** Where the docs pages go inside the output folder (`specgen docs --out` writes them at its root). */
export const DOCS_DIR = "docs";

/**
 * The options that shape what an emitter writes, as a user gives them (`--package`,
 * `--templates`, `--front-matter`, `--formatter`, and where the docs pages go). `generate`
 * records the ones given, per output, in the manifest; `check` renders each output again with them.
 */
export interface ShapingOptions {
  readonly packageName?: string | undefined;
  readonly templatesDir?: string | undefined;
  readonly frontMatter?: boolean | undefined;
  /** Format checks of the validators: `full` (default, ajv-formats' full mode) or `fast` (its regular expressions). */
  readonly formats?: FormatMode | undefined;
  /** Docs pages that MDX 3 compiles too (Docusaurus 3). */
  readonly mdx?: boolean | undefined;
  /** Folder of the docs pages inside the output folder: `docs` for generate, `` for the docs command. */
  readonly docsFolder?: string | undefined;
  /** `prettier`: the output's `.ts` files formatted with the user's Prettier and configuration. */
  readonly formatter?: FormatterName | undefined;
}
export type ShapingOption = keyof ShapingOptions;

interface ResolvedOptions extends EmitOptions {
  readonly frontMatter: boolean;
  readonly mdx: boolean;
  readonly docsFolder: string;
}

/** One output: its name, the options that shape it, where its files go, and its emitter. */
export interface EmitterEntry {
  readonly name: string;
  /** Folder of its files inside the output folder, `` for the root (types: `models/components/`, `openapi.d.ts`). */
  readonly folder: (options: ResolvedOptions) => string;
  readonly options: readonly ShapingOption[];
  readonly stream: (model: Model, options: ResolvedOptions) => EmitStream;
}

/**
 * Every output `generate`, `docs` and `check` know, in the order they are produced; the one
 * table they share. openapi-typescript's `openapi.d.ts` joins the `types` output from its worker.
 * The docs emitter writes paths relative to the docs root; the others relative to the output folder.
 */
export const EMITTERS = [
  { name: "types", folder: () => "", options: ["formatter"], stream: (model) => streamModels(model) },
  {
    name: "validators",
    folder: () => "validators",
    options: ["formats", "formatter"],
    stream: (model, options) => streamValidators(model, { formats: options.formats }),
  },
  {
    name: "examples",
    folder: () => "examples",
    options: ["packageName", "templatesDir", "formatter"],
    stream: (model, options) => streamExamples(model, options),
  },
  {
    name: "docs",
    folder: (options) => options.docsFolder,
    options: ["packageName", "templatesDir", "frontMatter", "mdx", "docsFolder"],
    stream: (model, options) => underFolder(options.docsFolder, streamDocs(model, options)),
  },
] as const satisfies readonly EmitterEntry[];

export type OutputKind = (typeof EMITTERS)[number]["name"];
/** The outputs `generate` can produce, in the order they are produced. */
export const OUTPUT_KINDS: readonly OutputKind[] = EMITTERS.map((entry) => entry.name);

export function emitterOf(kind: OutputKind): EmitterEntry {
  return EMITTERS.find((entry) => entry.name === kind)!;
}

export interface GenerateOptions extends LoadOptions, ShapingOptions {
  /** Path of the OpenAPI document (YAML or JSON). */
  readonly spec?: string | undefined;
  /** Output folder; replaced atomically, files the generator did not write are kept. */
  readonly out?: string | undefined;
  /** Produce only these outputs; the others already in `out` are left as they are. */
  readonly only?: readonly OutputKind[] | undefined;
  /** Per output, options that take the place of the ones above (`check` replays the manifest's). */
  readonly byOutput?: Partial<Record<OutputKind, ShapingOptions>> | undefined;
  /** Told as the run enters each step ("loading spec/openapi.yaml", ...): progress and --verbose. */
  readonly onStage?: ((stage: string) => void) | undefined;
  /** Type-check every generated `.ts` file in memory first, and write nothing unless it all compiles. */
  readonly verify?: boolean | undefined;
  /** Where Prettier is looked for when the output folder has none above it (default: the process's). */
  readonly cwd?: string | undefined;
}

/** The shaping options given for `kind` (not the defaults): what the manifest records. */
export function givenOptions(options: GenerateOptions, kind: OutputKind): OutputOptions {
  const merged: ShapingOptions = { ...pick(options), ...pick(options.byOutput?.[kind] ?? {}) };
  const given: Record<string, string | boolean> = {};
  for (const name of emitterOf(kind).options) if (merged[name] !== undefined) given[name] = merged[name];
  return given;
}

/**
 * Every shaping option once, checked complete by the compiler: `pick` and `check` read their
 * names from here, so that a new option cannot be left out of the manifest (`formats` once was).
 */
const SHAPING_NAMES = Object.keys({
  packageName: true,
  templatesDir: true,
  frontMatter: true,
  formats: true,
  mdx: true,
  docsFolder: true,
  formatter: true,
} satisfies Record<ShapingOption, true>) as ShapingOption[];

/** The shaping options among `options` that were given (not undefined). */
export function pick(options: ShapingOptions): ShapingOptions {
  const picked: Record<string, unknown> = {};
  for (const name of SHAPING_NAMES) if (options[name] !== undefined) picked[name] = options[name];
  return picked;
}

function resolve(model: Model, given: ShapingOptions): ResolvedOptions {
  return {
    packageName: given.packageName ?? model.sdkPackage,
    templatesDir: given.templatesDir ?? DEFAULT_TEMPLATES,
    frontMatter: given.frontMatter ?? false,
    formats: given.formats ?? "full",
    mdx: given.mdx ?? false,
    docsFolder: given.docsFolder ?? DOCS_DIR,
  };
}

export interface RenderResult {
  readonly spec: LoadedSpec;
  readonly model: Model;
  readonly byKind: ReadonlyMap<OutputKind, readonly GeneratedFile[]>;
  /** Per output, the shaping options given: recorded in the manifest. */
  readonly options: ReadonlyMap<OutputKind, OutputOptions>;
  readonly warnings: readonly Warning[];
  /** The Prettier that formatted the `.ts` files, if any output asked for it. */
  readonly formatter?: { readonly version: string; readonly folder: string } | undefined;
}

/** Several outputs read the same examples; each problem is reported once. */
function uniqueWarnings(warnings: readonly Warning[]): Warning[] {
  const seen = new Set<string>();
  return warnings.filter((warning) => {
    const key = `${warning.code} ${warning.file ?? ""} ${warning.pointer ?? ""} ${warning.message}`;
    return !seen.has(key) && seen.add(key);
  });
}

function underFolder(folder: string, stream: EmitStream): EmitStream {
  if (folder === "") return stream;
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
  readonly options: ReadonlyMap<OutputKind, OutputOptions>;
  readonly late: Promise<ReadonlyMap<OutputKind, readonly GeneratedFile[]>> | undefined;
  readonly cancel: () => void;
}

/** The outputs a run produces, in OUTPUT_KINDS order. */
function selectedKinds(options: GenerateOptions): OutputKind[] {
  return OUTPUT_KINDS.filter((kind) => (options.only ?? OUTPUT_KINDS).includes(kind));
}

/** The outputs whose `.ts` files go through Prettier (docs, markdown only, has no such option). */
function kindsToFormat(options: GenerateOptions): Set<OutputKind> {
  return new Set(selectedKinds(options).filter((kind) => givenOptions(options, kind)["formatter"] === "prettier"));
}

async function renderStaged(options: GenerateOptions): Promise<StagedRender> {
  const kinds = selectedKinds(options);
  // openapi-typescript is the slowest stage: its worker loads it while the spec is read, and
  // types the document on the second core as soon as it is bundled, before our checks.
  const wire: WireTypesJob | undefined = kinds.includes("types") ? startWireTypes() : undefined;
  const cancel = (): void => wire?.cancel();
  try {
    options.onStage?.(`loading ${options.spec ?? DEFAULT_SPEC}`);
    const spec = await loadSpec(options.spec ?? DEFAULT_SPEC, {
      ...options,
      onBundled: wire ? (document, jsonText) => wire.type(document, jsonText) : undefined,
    });
    options.onStage?.("building the model");
    const model = buildModel(spec);
    const given = new Map(kinds.map((kind) => [kind, givenOptions(options, kind)]));
    const streams = new Map<OutputKind, EmitStream>(
      kinds.map((kind) => [kind, emitterOf(kind).stream(model, resolve(model, given.get(kind)! as ShapingOptions))]),
    );
    const late = wire?.result.then(
      (result) => new Map<OutputKind, readonly GeneratedFile[]>([["types", result.files]]),
    );
    // Whoever awaits `late` sees its failure; until then it must not count as unhandled.
    late?.catch(() => undefined);
    return { spec, model, streams, options: given, late, cancel };
  } catch (error) {
    cancel();
    throw error;
  }
}

/** The document's own warnings (from the loader), the model's, then the emitters'. */
function warningsOf(spec: LoadedSpec, model: Model, streams: ReadonlyMap<OutputKind, EmitStream>): Warning[] {
  return uniqueWarnings([
    ...spec.warnings,
    ...(model.warnings ?? []),
    ...[...streams.values()].flatMap((stream) => stream.warnings()),
  ]);
}

/**
 * load → model → emitters → formatter, all in memory. `generate` writes the result; `check`
 * compares it. The formatter's version joins the options recorded for each output it formatted.
 */
export async function render(options: GenerateOptions = {}): Promise<RenderResult> {
  const toFormat = kindsToFormat(options);
  const out = options.out ?? DEFAULT_OUT;
  // Before the spec is read: a missing Prettier is told at once, not after the slow part.
  const prettier = toFormat.size > 0 ? findPrettier(out, options.cwd ?? process.cwd()) : undefined;
  const staged = await renderStaged(options);
  options.onStage?.(`rendering ${[...staged.streams.keys()].join(", ")}`);
  try {
    const byKind = new Map<OutputKind, readonly GeneratedFile[]>(
      [...staged.streams].map(([kind, stream]) => [kind, [...stream.files]]),
    );
    const late = await staged.late;
    for (const [kind, files] of late ?? []) byKind.set(kind, [...(byKind.get(kind) ?? []), ...files]);
    return {
      spec: staged.spec,
      model: staged.model,
      warnings: warningsOf(staged.spec, staged.model, staged.streams),
      ...(prettier === undefined
        ? { byKind, options: staged.options }
        : await formatted(byKind, staged.options, toFormat, prettier, out, options)),
      formatter: prettier && { version: prettier.version, folder: prettier.folder },
    };
  } catch (error) {
    staged.cancel();
    throw error;
  }
}

/** The formatting step, and the version of Prettier recorded for each output it formatted. */
async function formatted(
  byKind: ReadonlyMap<OutputKind, readonly GeneratedFile[]>,
  given: ReadonlyMap<OutputKind, OutputOptions>,
  kinds: ReadonlySet<OutputKind>,
  prettier: Prettier,
  out: string,
  options: GenerateOptions,
): Promise<Pick<RenderResult, "byKind" | "options">> {
  options.onStage?.(`formatting the .ts files of ${[...kinds].join(", ")} with prettier ${prettier.version}`);
  return {
    byKind: await formatOutputs(byKind, kinds, prettier, out),
    options: new Map(
      [...given].map(([kind, recorded]) => [
        kind,
        kinds.has(kind) ? { ...recorded, [FORMATTER_VERSION]: prettier.version } : recorded,
      ]),
    ),
  };
}

/** The manifest's record, beside `formatter`, of the version that formatted an output. */
export const FORMATTER_VERSION = "formatterVersion";

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
  // Formatting needs every file of an output at hand, as the type-check does.
  if (options.verify === true || kindsToFormat(options).size > 0) return generateInMemory(options);
  const staged = await renderStaged(options);
  const out = options.out ?? DEFAULT_OUT;
  options.onStage?.(`rendering and writing ${[...staged.streams.keys()].join(", ")} into ${out}/`);
  try {
    const files = new Map<OutputKind, Iterable<GeneratedFile>>(
      [...staged.streams].map(([kind, stream]) => [kind, stream.files]),
    );
    const summary = await writeOutputs(out, { byKind: files, late: staged.late, options: staged.options });
    return {
      spec: staged.spec,
      model: staged.model,
      warnings: warningsOf(staged.spec, staged.model, staged.streams),
      ...summary,
      out,
    };
  } catch (error) {
    staged.cancel();
    throw error;
  }
}

/** What `generate --verify` found: the output would not compile, so nothing was written. */
export class VerifyFailed extends Error {
  override readonly name = "VerifyFailed";
  constructor(readonly diagnostics: readonly TypeDiagnostic[]) {
    super(`the generated code does not compile: ${diagnostics.length} errors; nothing was written`);
  }
}

/**
 * `generate --verify` and `--formatter`: everything rendered (and formatted) in memory, then
 * with --verify type-checked with ts-morph under the options generated code promises, then
 * written. Only a whole output can be checked: `--only` leaves the other outputs' files on disk
 * out of reach.
 */
async function generateInMemory(options: GenerateOptions): Promise<GenerateResult> {
  if (options.verify === true && options.only !== undefined && options.only.length < OUTPUT_KINDS.length)
    throw new SpecError("UNSUPPORTED", "--verify type-checks the whole output: it cannot be combined with --only");
  const rendered = await render(options);
  if (options.verify === true) {
    options.onStage?.("type-checking the generated code");
    // ts-morph (the TypeScript compiler) is loaded only by the runs that ask for it.
    const { STRICTEST_OPTIONS, typecheckFiles } = await import("./verify/typecheck.js");
    const files = [...rendered.byKind.values()].flat();
    const diagnostics = typecheckFiles(
      files.filter((file) => file.path.endsWith(".ts")),
      STRICTEST_OPTIONS,
      options.packageName ?? rendered.model.sdkPackage,
    );
    if (diagnostics.length > 0) throw new VerifyFailed(diagnostics);
  }
  const out = options.out ?? DEFAULT_OUT;
  options.onStage?.(`writing ${[...rendered.byKind.keys()].join(", ")} into ${out}/`);
  const summary = await writeOutputs(out, { byKind: rendered.byKind, options: rendered.options });
  return { spec: rendered.spec, model: rendered.model, warnings: rendered.warnings, ...summary, out };
}
