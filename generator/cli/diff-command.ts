import { writeFile } from "node:fs/promises";
import type { Argv } from "yargs";
import { SpecError } from "../errors.js";
import { diffSpecs } from "../diff/index.js";
import { baselineText, readIgnoreFile } from "../diff/ignore.js";
import { repoPathsOf } from "../diff/repo-paths.js";
import { AXES, DIFF_FORMATS, FAIL_ON, failing, formatDiff, shownFindings } from "../diff/report.js";
import { LEVELS } from "../diff/terms.js";
import { EXIT, refLoadOptions, refOptions, type CommandModule } from "./shared.js";

export const diffCommand: CommandModule = (cli, io) =>
  cli.command(
    "diff <base> <head>",
    "List the changes between two versions of a spec, classified by rule; exit 1 on a breaking one",
    (argv: Argv) =>
      refOptions(argv)
        .positional("base", {
          type: "string",
          demandOption: true,
          describe: "old version: a file, or git:<ref>:<path>",
        })
        .positional("head", {
          type: "string",
          demandOption: true,
          describe: "new version: a file, or git:<ref>:<path>",
        })
        .option("fail-on", {
          choices: FAIL_ON,
          default: "breaking" as const,
          describe: "exit 1 when a finding is at or above this level",
        })
        .option("axis", {
          choices: AXES,
          default: "any" as const,
          describe: "grade findings by their wire or source impact only (default: the higher of both)",
        })
        .option("format", {
          choices: DIFF_FORMATS,
          default: "text" as const,
          describe:
            "report format; markdown fits a PR comment, github prints annotations, sarif for code scanning, junit for test tabs",
        })
        .option("level", {
          choices: LEVELS,
          default: "info" as const,
          describe: "print only findings at or above this level (the summary counts all)",
        })
        .option("expand", {
          type: "boolean",
          default: false,
          describe: "one finding a place that reaches a change, instead of one a change",
        })
        .option("ignore-file", {
          type: "string",
          describe: "accepted changes: lines of `rule-id [METHOD /path] [/json/pointer] # reason` (or a YAML list)",
        })
        .option("write-ignore", {
          type: "string",
          describe: "write the findings shown as an ignore file (a baseline) with reasons to fill in, and exit 0",
        })
        .example("$0 diff git:main:spec/openapi.yaml spec/openapi.yaml", "what this branch changes in the spec")
        .example("$0 diff old.json new.json --fail-on warning --format github", "in CI, with annotations")
        .example(
          "$0 diff old.json new.json --level warning --write-ignore .specgen-ignore",
          "accept today's changes as a baseline",
        ),
    async (argv) => {
      const ignore = argv["ignore-file"] === undefined ? [] : await readIgnoreFile(argv["ignore-file"]);
      const result = await diffSpecs(argv.base, argv.head, { ignore, ...refLoadOptions(argv) });
      for (const entry of result.unusedIgnores) {
        const target = [entry.operation, entry.pointer].filter((part) => part !== undefined).join(" ");
        io.stderr(
          `specgen: note: ${argv["ignore-file"]}:${entry.line}: ${entry.rule}${target === "" ? "" : ` ${target}`} matched nothing\n`,
        );
      }
      const verdict = { failOn: argv["fail-on"], axis: argv.axis };
      const options = { level: argv.level, expand: argv.expand };
      const baseline = argv["write-ignore"];
      if (baseline !== undefined) {
        const { shown } = shownFindings(result, options);
        try {
          await writeFile(baseline, baselineText(shown, baseline));
        } catch (error) {
          throw new SpecError(
            "IO",
            `cannot write the ignore file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
            { file: baseline },
          );
        }
        io.stderr(
          `specgen: wrote ${shown.length} accepted change${shown.length === 1 ? "" : "s"} to ${baseline}; fill in each reason\n`,
        );
        return;
      }
      const pathOf =
        argv.format === "github" || argv.format === "sarif"
          ? await repoPathsOf([...new Set(result.findings.map((finding) => finding.head.file))])
          : undefined;
      if (failing(result.findings, verdict).length > 0) io.exitCode = EXIT.checkFailed;
      exitQuietlyOnClosedPipe(io.exitCode);
      io.stdout(formatDiff(result, argv.format, verdict, { ...options, pathOf }));
    },
  );

/**
 * `specgen diff … | head -1`: the reader goes away and the next write fails with EPIPE. That is
 * not an error of the diff: exit with the code the verdict gave, without a stack trace.
 */
function exitQuietlyOnClosedPipe(code: number): void {
  if (process.stdout.listenerCount("error") > 0) return;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(code);
    process.stderr.write(`specgen: error: cannot write the report: ${error.code ?? error.message}\n`);
    process.exit(EXIT.badInput);
  });
}
