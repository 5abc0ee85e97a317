import yargs from "yargs";
import { SpecError } from "../errors.js";
import { checkCommand } from "./check-command.js";
import { diffCommand } from "./diff-command.js";
import { docsCommand } from "./docs-command.js";
import { generateCommand } from "./generate-command.js";
import { validateCommand } from "./validate-command.js";
import { EXIT, UsageError, type CommandModule, type Io } from "./shared.js";

/** Every command, each in a file of its own. */
const COMMANDS: readonly CommandModule[] = [generateCommand, docsCommand, checkCommand, diffCommand, validateCommand];

/** Runs the CLI and returns the exit code: 0 success, 1 a check failed, 2 bad input or usage. */
export async function main(args: readonly string[], streams?: Pick<Io, "stdout" | "stderr">): Promise<number> {
  const io: Io = {
    stdout: streams?.stdout ?? ((text) => process.stdout.write(text)),
    stderr: streams?.stderr ?? ((text) => process.stderr.write(text)),
    exitCode: EXIT.ok,
  };
  let cli = yargs([...args]).scriptName("specgen").usage("$0 <command> [options]");
  for (const command of COMMANDS) cli = command(cli, io);
  cli = cli
    .demandCommand(1, "name a command: specgen --help lists them")
    .strict()
    .help()
    .alias("h", "help")
    .version(false)
    .wrap(Math.min(110, process.stdout.columns ?? 110))
    .exitProcess(false)
    .fail((message, error) => {
      if (error) throw error;
      throw new UsageError(message);
    });
  try {
    await cli.parseAsync();
  } catch (error) {
    if (error instanceof SpecError) {
      for (const line of error.formatLines()) io.stderr(`specgen: error: ${line}\n`);
      return EXIT.badInput;
    }
    if (error instanceof UsageError) {
      io.stderr(`specgen: ${error.message}\nRun specgen --help for usage.\n`);
      return EXIT.badInput;
    }
    throw error;
  }
  return io.exitCode;
}
