import { CONFIG_SECTIONS, findConfig, loadConfig } from "./config.js";

/** Where `$ref`s may read, and how strictly the spec is read: every command that loads a spec takes these. */
const REF_KEYS = ["allowRemote", "refRoot", "maxRefMb", "strict"];
const OUTPUT_KEYS = ["quiet", "verbose"];
/** The options that shape what generate, docs and check write. */
const SHAPING_KEYS = ["package", "templates", "frontMatter", "mdx", "formats"];

/** Top-level config keys each command takes (a command's own section may hold its other options). */
const TOP_LEVEL: Record<string, readonly string[]> = {
  generate: ["spec", ...REF_KEYS, ...OUTPUT_KEYS, "out", ...SHAPING_KEYS, "formatter", "only"],
  docs: ["spec", ...REF_KEYS, ...OUTPUT_KEYS, ...SHAPING_KEYS],
  check: ["spec", ...REF_KEYS, ...OUTPUT_KEYS, "out", ...SHAPING_KEYS, "formatter", "only"],
  validate: ["spec", ...REF_KEYS, ...OUTPUT_KEYS],
  diff: [...REF_KEYS, ...OUTPUT_KEYS],
};

export interface ConfigArgs {
  /** The config file read, if any. */
  readonly file: string | undefined;
  /** Option values for yargs (flag names), under the command line's. */
  readonly values: Record<string, unknown>;
}

/**
 * The options a config file gives the command named in `args`: `--config <file>`, else the
 * nearest specgen.config.{json,yaml,yml} at or above `cwd`. Flags on the command line win
 * (yargs applies config values only where no flag was given).
 */
export function configArgs(args: readonly string[], cwd: string): ConfigArgs {
  const { explicit, command } = scan(args);
  const file = explicit ?? findConfig(cwd);
  if (file === undefined || command === undefined || !(CONFIG_SECTIONS as readonly string[]).includes(command))
    return { file, values: {} };
  const config = loadConfig(file);
  const section = new Set(Object.keys(config.sectionOf(command)));
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(config.valuesFor(command))) {
    if (!section.has(key) && !TOP_LEVEL[command]!.includes(key)) continue;
    values[kebab(key)] = key === "only" && Array.isArray(value) ? value.join(",") : value;
  }
  return { file, values };
}

function scan(args: readonly string[]): { explicit: string | undefined; command: string | undefined } {
  let explicit: string | undefined;
  let command: string | undefined;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === "--config") explicit = args[++index];
    else if (arg.startsWith("--config=")) explicit = arg.slice("--config=".length);
    else if (command === undefined && !arg.startsWith("-")) command = arg;
  }
  return { explicit, command };
}

function kebab(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
