import yargs, { type Argv } from "yargs";
import { SpecError, formatWarning } from "./errors.js";
import { DEFAULT_OUT, DEFAULT_SPEC, OUTPUT_KINDS, generate, type OutputKind } from "./pipeline.js";

/** Exit codes: 0 success, 1 a check failed, 2 bad input or usage. */
export const EXIT = { ok: 0, checkFailed: 1, badInput: 2 } as const;

interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

function parseOnly(value: string | undefined): OutputKind[] | undefined {
  if (value === undefined) return undefined;
  const kinds = value.split(",").map((kind) => kind.trim()).filter((kind) => kind !== "");
  for (const kind of kinds) {
    if (!(OUTPUT_KINDS as readonly string[]).includes(kind)) throw new UsageError(`--only: unknown output ${JSON.stringify(kind)}; choose from ${OUTPUT_KINDS.join(", ")}`);
  }
  return kinds as OutputKind[];
}

class UsageError extends Error {}

function specOptions<T>(argv: Argv<T>) {
  return argv
    .option("spec", { type: "string", default: DEFAULT_SPEC, describe: "OpenAPI 3.0/3.1 document, YAML or JSON" })
    .option("allow-remote", { type: "boolean", default: false, describe: "fetch http(s) $refs (off: a spec is untrusted input)" });
}

/** Runs the CLI and returns the exit code; never throws for bad input. */
export async function main(args: readonly string[], io: Io = processIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const cli = yargs([...args])
    .scriptName("specgen")
    .usage("$0 <command> [options]")
    .command(
      "generate",
      "Regenerate types (and the other outputs) from a spec into an output folder",
      (argv) =>
        specOptions(argv)
          .option("out", { type: "string", default: DEFAULT_OUT, describe: "output folder (replaced atomically; files specgen did not write are kept)" })
          .option("only", { type: "string", describe: `comma-separated subset of: ${OUTPUT_KINDS.join(",")}` })
          .option("package", { type: "string", describe: "package name used in import lines (default: x-sdk-package, else atoma-sdk)" })
          .example("$0 generate", `regenerate ${DEFAULT_OUT}/ from ${DEFAULT_SPEC}`)
          .example("$0 generate --spec api.json --out sdk/src --only types", "only the types of another document"),
      async (argv) => {
        const result = await generate({
          spec: argv.spec,
          out: argv.out,
          only: parseOnly(argv.only),
          allowRemote: argv["allow-remote"],
          packageName: argv.package,
        });
        for (const warning of result.warnings) io.stderr(`${formatWarning(warning)}\n`);
        io.stdout(`specgen: wrote ${result.written} files for ${result.model.schemas.size} schemas into ${result.out}/${result.kept > 0 ? ` (kept ${result.kept} files specgen did not write)` : ""}\n`);
      },
    )
    .demandCommand(1, "name a command: specgen --help lists them")
    .strict()
    .help()
    .alias("h", "help")
    .version(false)
    .exitProcess(false)
    .fail((message, error) => {
      if (error) throw error;
      throw new UsageError(message);
    });

  try {
    await cli.parseAsync();
  } catch (error) {
    if (error instanceof SpecError) {
      io.stderr(`specgen: error: ${error.format()}\n`);
      return EXIT.badInput;
    }
    if (error instanceof UsageError) {
      io.stderr(`specgen: ${error.message}\nRun specgen --help for usage.\n`);
      return EXIT.badInput;
    }
    throw error;
  }
  return exitCode;
}
