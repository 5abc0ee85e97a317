import yargs from "yargs";
import { SpecError } from "../errors.js";
import { checkCommand } from "./check-command.js";
import { configArgs } from "./config-args.js";
import { diffCommand } from "./diff-command.js";
import { docsCommand } from "./docs-command.js";
import { formatFatal } from "./fatal.js";
import { generateCommand } from "./generate-command.js";
import { Progress } from "./progress.js";
import { oneLineUsage } from "./usage.js";
import { validateCommand } from "./validate-command.js";
import { EXIT, UsageError, type CommandModule, type Io } from "./shared.js";
import { version } from "../version.js";

/** Every command, each in a file of its own. */
const COMMANDS: readonly CommandModule[] = [generateCommand, docsCommand, checkCommand, diffCommand, validateCommand];

export interface MainOptions {
  readonly stdout?: (text: string) => void;
  readonly stderr?: (text: string) => void;
  /** Where the config file is looked for, and Prettier after the output folder (default: the process's working directory). */
  readonly cwd?: string;
  /** Whether stderr is a terminal (the progress line is drawn only there). */
  readonly isTTY?: boolean;
}

export { version };

/** Runs the CLI and returns the exit code: 0 success, 1 a check failed, 2 bad input or usage. */
export async function main(args: readonly string[], streams: MainOptions = {}): Promise<number> {
  const stderr = streams.stderr ?? ((text: string) => void process.stderr.write(text));
  const progress = new Progress({
    write: stderr,
    isTTY: streams.isTTY ?? (streams.stderr === undefined && process.stderr.isTTY === true),
  });
  const started = Date.now();
  let last = started;
  let current: string | undefined;
  // --verbose: each step's time, printed when it ends.
  const finishStep = (): void => {
    const now = Date.now();
    if (io.verbose && current !== undefined) stderr(`specgen: ${current}: ${now - last} ms\n`);
    last = now;
  };
  const io: Io = {
    stdout: streams.stdout ?? ((text) => process.stdout.write(text)),
    stderr,
    exitCode: EXIT.ok,
    quiet: false,
    verbose: false,
    format: "text",
    step: (stage) => {
      progress.step(stage);
      finishStep();
      current = stage;
    },
    idle: () => progress.stop(),
    cwd: streams.cwd ?? process.cwd(),
  };
  try {
    if (args.includes("--version")) {
      io.stdout(`${version()}\n`);
      return EXIT.ok;
    }
    const fromConfig = configArgs(args, io.cwd);
    let cli = yargs([...args])
      .scriptName("specgen")
      .usage("$0 <command> [options]");
    for (const command of COMMANDS) cli = command(cli, io);
    cli = cli
      .option("config", {
        type: "string",
        describe: "config file (default: specgen.config.json or .yaml in this folder or above)",
      })
      .option("quiet", { alias: "q", type: "boolean", describe: "print only reports and errors" })
      .option("verbose", { type: "boolean", describe: "print each step and its time on stderr" })
      .conflicts("quiet", "verbose")
      .config(fromConfig.values)
      .middleware((argv) => {
        io.quiet = argv["quiet"] === true;
        io.verbose = argv["verbose"] === true;
        if (typeof argv["format"] === "string") io.format = argv["format"];
        if (io.verbose && fromConfig.file !== undefined) stderr(`specgen: config ${fromConfig.file}\n`);
      })
      .demandCommand(1, "name a command: generate, docs, check, diff or validate")
      .strict()
      .help()
      .alias("h", "help")
      .version("version", "print specgen's version", version())
      .wrap(Math.min(110, process.stdout.columns ?? 110))
      .exitProcess(false)
      .fail((message, error) => {
        if (error) throw error;
        throw new UsageError(oneLineUsage(message));
      });
    // With a callback, yargs hands over what it would print (--help) instead of calling console.log.
    await cli.parseAsync([...args], {}, (_error, _argv, output) => {
      if (output !== "") io.stdout(`${output}\n`);
    });
  } catch (error) {
    if (error instanceof SpecError) {
      progress.stop();
      const fatal = formatFatal(error, io.format);
      if (fatal.stdout !== undefined) io.stdout(fatal.stdout);
      for (const line of error.formatLines()) stderr(`specgen: error: ${line}\n`);
      return EXIT.badInput;
    }
    if (error instanceof UsageError) {
      progress.stop();
      stderr(`specgen: ${error.message} (specgen --help for usage)\n`);
      return EXIT.badInput;
    }
    throw error;
  } finally {
    progress.stop();
  }
  finishStep();
  if (io.verbose) stderr(`specgen: done in ${Date.now() - started} ms\n`);
  return io.exitCode;
}
