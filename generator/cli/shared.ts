import type { Argv } from "yargs";
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
  return argv
    .option("spec", { type: "string", default: DEFAULT_SPEC, describe: "OpenAPI 3.0/3.1 document, YAML or JSON" })
    .option("allow-remote", { type: "boolean", default: false, describe: "fetch http(s) $refs (off: a spec is untrusted input)" })
    .option("formats", { choices: ["full", "fast"] as const, default: "full" as const, describe: "validators' format checks: full (RFC 3339 dates, as ajv-formats' full mode) or fast (its regular expressions)" });
}
