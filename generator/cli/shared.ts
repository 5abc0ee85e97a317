import type { Argv } from "yargs";
import type { LoadOptions } from "../load/index.js";
import { DEFAULT_MAX_REF_MB } from "../load/ref-files.js";
import { FORMATTERS, type FormatterName } from "../formatter/prettier.js";
import { DEFAULT_SPEC, OUTPUT_KINDS, type OutputKind } from "../pipeline.js";

/** Exit codes: 0 success, 1 a check failed, 2 bad input or usage. */
export const EXIT = { ok: 0, checkFailed: 1, badInput: 2 } as const;

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** A command sets this to report a failed check (exit 1) without throwing. */
  exitCode: number;
  /** `--quiet`: no summaries, no warnings; reports and errors only. */
  quiet: boolean;
  /** `--verbose`: each step and its time on stderr. */
  verbose: boolean;
  /** The `--format` asked for: an error that stops the run is printed in it too. */
  format: string;
  /** Called as a run enters each step (progress line, `--verbose`). */
  step: (stage: string) => void;
  /** Ends the progress line for good (before `--watch` starts waiting). */
  idle: () => void;
  /** The working directory: where the config file is looked for, and Prettier after the output folder. */
  readonly cwd: string;
}

/** An Io that writes to the two functions given, with every option off. */
export function plainIo(stdout: (text: string) => void, stderr: (text: string) => void): Io {
  return {
    stdout,
    stderr,
    exitCode: EXIT.ok,
    quiet: false,
    verbose: false,
    format: "text",
    step: () => undefined,
    idle: () => undefined,
    cwd: process.cwd(),
  };
}

/** A summary line on stdout (not with `--quiet`). */
export function note(io: Io, text: string): void {
  if (!io.quiet) io.stdout(text);
}

/** A warning on stderr (not with `--quiet`). */
export function warn(io: Io, text: string): void {
  if (!io.quiet) io.stderr(text);
}

/** A bad command line: printed with a hint, exit 2. */
export class UsageError extends Error {}

/** A command registers itself on the yargs instance; one file per command. */
export type CommandModule = (cli: Argv, io: Io) => Argv;

export function specOptions<T>(argv: Argv<T>) {
  return refOptions(
    argv.option("spec", { type: "string", default: DEFAULT_SPEC, describe: "OpenAPI 3.0/3.1 document, YAML or JSON" }),
  );
}

/** Where a spec's `$ref`s may read: the same options in every command that loads a spec. */
export function refOptions<T>(argv: Argv<T>) {
  return argv
    .option("allow-remote", {
      type: "boolean",
      default: false,
      describe: "fetch http(s) $refs (off: a spec is untrusted input)",
    })
    .option("ref-root", {
      type: "string",
      array: true,
      describe: "also let $refs read files under this folder (default: only the spec's own folder tree)",
    })
    .option("max-ref-mb", {
      type: "number",
      default: DEFAULT_MAX_REF_MB,
      describe: "largest file a $ref may read, in MB",
    })
    .option("strict", {
      type: "boolean",
      default: false,
      describe: "every warning about the spec is an error (unknown keywords, pattern dialects, skipped extensions)",
    });
}

export function refLoadOptions(argv: {
  "allow-remote": boolean;
  "ref-root": string[] | undefined;
  "max-ref-mb": number;
  strict: boolean;
}): LoadOptions {
  return {
    allowRemote: argv["allow-remote"],
    refRoots: argv["ref-root"],
    maxRefMb: argv["max-ref-mb"],
    strict: argv.strict,
  };
}

/** The options that shape what is written; generate, docs and check take the same ones. */
export function shapingOptions<T>(argv: Argv<T>) {
  return argv
    .option("package", {
      type: "string",
      describe:
        "package name used in import lines (default: x-sdk-package, else a relative import of the output folder's models)",
    })
    .option("templates", {
      type: "string",
      describe: "folder of page and snippet templates; those it lacks come from the bundled templates/",
    })
    .option("front-matter", {
      type: "boolean",
      describe: "start every docs page with YAML front matter (title, description) for Docusaurus/VitePress",
    })
    .option("mdx", {
      type: "boolean",
      describe: "docs pages that MDX 3 compiles too (Docusaurus 3): {, } and < escaped outside code",
    })

    .option("formats", {
      choices: ["full", "fast"] as const,
      describe:
        "validators' format checks: full (default: RFC 3339 dates and times, as ajv-formats' full mode) or fast (its regular expressions only)",
    });
}

/** `--formatter`: generate and check take it; the docs command writes markdown only. */
export function formatterOption<T>(argv: Argv<T>) {
  // No default here: a check without the flag replays what the manifest recorded.
  return argv.option("formatter", {
    choices: FORMATTERS,
    describe:
      "format every generated .ts file (models, validators, examples, openapi.d.ts) with the project's own Prettier and its config: prettier, or none (default); markdown docs are left as they are",
  });
}

/** `--only`: the outputs to produce, one of OUTPUT_KINDS each. */
export function onlyOption<T>(argv: Argv<T>) {
  return argv.option("only", { type: "string", describe: `comma-separated subset of: ${OUTPUT_KINDS.join(",")}` });
}

export function parseOnly(value: string | undefined): OutputKind[] | undefined {
  if (value === undefined) return undefined;
  const kinds = value
    .split(",")
    .map((kind) => kind.trim())
    .filter((kind) => kind !== "");
  if (kinds.length === 0)
    throw new UsageError(`--only: name at least one output; choose from ${OUTPUT_KINDS.join(", ")}`);
  for (const kind of kinds) {
    if (!(OUTPUT_KINDS as readonly string[]).includes(kind))
      throw new UsageError(`--only: unknown output ${JSON.stringify(kind)}; choose from ${OUTPUT_KINDS.join(", ")}`);
  }
  return kinds as OutputKind[];
}

/** The shaping options of a parsed command line, undefined where not given. */
export function shapingValues(argv: {
  package?: string | undefined;
  templates?: string | undefined;
  "front-matter"?: boolean | undefined;
  mdx?: boolean | undefined;
  formats?: "full" | "fast" | undefined;
  formatter?: FormatterName | undefined;
}) {
  return {
    packageName: argv.package,
    templatesDir: argv.templates,
    frontMatter: argv["front-matter"],
    mdx: argv.mdx,
    formats: argv.formats,
    formatter: argv.formatter,
  };
}
