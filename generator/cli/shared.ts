import type { Argv } from "yargs";
import type { BundleOptions } from "../load/bundle.js";
import { DEFAULT_MAX_REF_MB } from "../load/ref-files.js";
import { DEFAULT_SPEC } from "../pipeline.js";

/** Exit codes: 0 success, 1 a check failed, 2 bad input or usage. */
export const EXIT = { ok: 0, checkFailed: 1, badInput: 2 } as const;

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** A command sets this to report a failed check (exit 1) without throwing. */
  exitCode: number;
}

/** A bad command line: printed with a hint, exit 2. */
export class UsageError extends Error {}

/** A command registers itself on the yargs instance; one file per command. */
export type CommandModule = (cli: Argv, io: Io) => Argv;

export function specOptions<T>(argv: Argv<T>) {
  return refOptions(argv.option("spec", { type: "string", default: DEFAULT_SPEC, describe: "OpenAPI 3.0/3.1 document, YAML or JSON" }));
}

/** Where a spec's `$ref`s may read: the same options in every command that loads a spec. */
export function refOptions<T>(argv: Argv<T>) {
  return argv
    .option("allow-remote", { type: "boolean", default: false, describe: "fetch http(s) $refs (off: a spec is untrusted input)" })
    .option("ref-root", { type: "string", array: true, describe: "also let $refs read files under this folder (default: only the spec's own folder tree)" })
    .option("max-ref-mb", { type: "number", default: DEFAULT_MAX_REF_MB, describe: "largest file a $ref may read, in MB" });
}

export function refLoadOptions(argv: { "allow-remote": boolean; "ref-root": string[] | undefined; "max-ref-mb": number }): BundleOptions {
  return { allowRemote: argv["allow-remote"], refRoots: argv["ref-root"], maxRefMb: argv["max-ref-mb"] };
}
