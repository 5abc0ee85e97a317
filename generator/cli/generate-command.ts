import type { Argv } from "yargs";
import { SpecError, formatWarning } from "../errors.js";
import path from "node:path";
import {
  DEFAULT_OUT,
  DEFAULT_SPEC,
  generate,
  VerifyFailed,
  type GenerateOptions,
  type GenerateResult,
} from "../pipeline.js";
import {
  EXIT,
  formatterOption,
  UsageError,
  note,
  onlyOption,
  parseOnly,
  refLoadOptions,
  shapingOptions,
  shapingValues,
  specOptions,
  warn,
  type CommandModule,
  type Io,
} from "./shared.js";
import { watchFiles } from "./watch.js";

function report(result: GenerateResult, io: Io): void {
  for (const warning of result.warnings) warn(io, `${formatWarning(warning)}\n`);
  const kept = result.kept > 0 ? `, kept ${result.kept} files specgen did not write` : "";
  const unchecked = result.warnings.filter((warning) => warning.code === "PATTERN_UNCHECKED").length;
  const patterns =
    unchecked === 0
      ? ""
      : `; ${unchecked === 1 ? "1 pattern" : `${unchecked} patterns`} JavaScript cannot run left unchecked`;
  note(
    io,
    `specgen: wrote ${result.written} files for ${result.model.schemas.size} schemas into ${result.out}/ ` +
      `(${result.added.length} added, ${result.changed.length} changed, ${result.removed.length} removed${kept})${patterns}\n`,
  );
}

/** `--watch`: regenerate after every change of the spec; a bad spec is reported and the old output stays. */
export async function watchAndGenerate(
  options: GenerateOptions & { spec: string },
  debounceMs: number,
  io: Io,
  signal?: AbortSignal,
): Promise<void> {
  const runOnce = async (): Promise<void> => {
    try {
      const result = await generate(options);
      report(result, io);
      for (const file of [
        ...result.added.map((f) => `+ ${f}`),
        ...result.changed.map((f) => `~ ${f}`),
        ...result.removed.map((f) => `- ${f}`),
      ])
        io.stdout(`  ${file}\n`);
    } catch (error) {
      if (!(error instanceof SpecError)) throw error;
      for (const line of error.formatLines()) io.stderr(`specgen: error: ${line}\n`);
      io.stderr(`specgen: output left as it was\n`);
    }
  };
  await runOnce();
  io.idle();
  io.stdout(`specgen: watching ${options.spec} (Ctrl-C to stop)\n`);
  await watchFiles({ files: [options.spec], debounceMs, run: runOnce, signal });
}

export const generateCommand: CommandModule = (cli, io) =>
  cli.command(
    "generate",
    "Regenerate every output (or --only some) from a spec into an output folder",
    (argv: Argv) =>
      formatterOption(shapingOptions(onlyOption(specOptions(argv))))
        .option("out", {
          type: "string",
          default: DEFAULT_OUT,
          describe: "output folder (replaced atomically; files specgen did not write are kept)",
        })
        .option("watch", { type: "boolean", default: false, describe: "regenerate whenever the spec changes" })
        .option("verify", {
          type: "boolean",
          default: false,
          describe: "type-check the generated code in memory (strict) and write nothing unless it compiles",
        })
        .option("debounce", {
          type: "number",
          default: 200,
          describe: "with --watch: quiet milliseconds before regenerating",
        })
        .example("$0 generate", `regenerate ${DEFAULT_OUT}/ from ${DEFAULT_SPEC}`)
        .example("$0 generate --spec api.json --out sdk/src --only types", "only the types of another document")
        .example("$0 generate --watch", "regenerate on every save of the spec")
        .example("$0 generate --verify", "write only output that type-checks (strict), as a CI gate")
        .example("$0 generate --formatter prettier", "TypeScript that the project's prettier --check accepts"),
    async (argv) => {
      if (!Number.isFinite(argv.debounce) || argv.debounce < 0)
        throw new UsageError("--debounce: expected a number of milliseconds, 0 or more");
      const options = {
        onStage: io.step,
        spec: argv.spec,
        out: argv.out,
        only: parseOnly(argv.only),
        cwd: io.cwd,
        ...refLoadOptions(argv),
        ...shapingValues(argv),
      };
      if (argv.watch) {
        const controller = new AbortController();
        process.once("SIGINT", () => controller.abort());
        await watchAndGenerate(options, argv.debounce, io, controller.signal);
        return;
      }
      try {
        report(await generate({ ...options, verify: argv.verify }), io);
      } catch (error) {
        if (!(error instanceof VerifyFailed)) throw error;
        for (const { file, line, message } of error.diagnostics)
          io.stderr(
            `specgen: error: ${path.join(options.out, file)}${line === undefined ? "" : `:${line}`}: ${message}\n`,
          );
        io.stderr(`specgen: ${error.message}; ${options.out}/ left as it was\n`);
        io.exitCode = EXIT.checkFailed;
      }
    },
  );
