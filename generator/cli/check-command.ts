import type { Argv } from "yargs";
import { formatWarning } from "../errors.js";
import { checkDrift } from "../check/check.js";
import { CHECK_FORMATS, formatCheck } from "../check/report.js";
import { DEFAULT_OUT, DEFAULT_SPEC } from "../pipeline.js";
import {
  EXIT,
  formatterOption,
  onlyOption,
  parseOnly,
  refLoadOptions,
  shapingOptions,
  shapingValues,
  specOptions,
  warn,
  type CommandModule,
} from "./shared.js";

export const checkCommand: CommandModule = (cli, io) =>
  cli.command(
    "check",
    "Exit 1 when the generated files on disk differ from what generate would write (never writes)",
    (argv: Argv) =>
      formatterOption(shapingOptions(onlyOption(specOptions(argv))))
        .option("out", {
          type: "string",
          default: DEFAULT_OUT,
          describe:
            "output folder to compare; by default its outputs are rendered with the options its manifest recorded",
        })
        .option("format", {
          choices: CHECK_FORMATS,
          default: "text" as const,
          describe: "report format; github prints ::error annotations",
        })
        .example("$0 check", `compare ${DEFAULT_OUT}/ with what ${DEFAULT_SPEC} generates`)
        .example("$0 check --format github", "in a GitHub Actions step: annotations on the drifted files"),
    async (argv) => {
      const result = await checkDrift({
        spec: argv.spec,
        out: argv.out,
        ...refLoadOptions(argv),
        only: parseOnly(argv.only),
        onStage: io.step,
        cwd: io.cwd,
        ...shapingValues(argv),
      });
      for (const warning of result.warnings) warn(io, `${formatWarning(warning)}\n`);
      io.stdout(formatCheck(result, argv.format));
      if (result.drift.length > 0) io.exitCode = EXIT.checkFailed;
    },
  );
