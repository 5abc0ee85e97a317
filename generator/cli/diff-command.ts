import type { Argv } from "yargs";
import { diffSpecs } from "../diff/index.js";
import { readIgnoreFile } from "../diff/ignore.js";
import { AXES, DIFF_FORMATS, FAIL_ON, failing, formatDiff } from "../diff/report.js";
import { EXIT, refLoadOptions, refOptions, type CommandModule } from "./shared.js";

export const diffCommand: CommandModule = (cli, io) =>
  cli.command(
    "diff <base> <head>",
    "List the changes between two versions of a spec, classified by rule; exit 1 on a breaking one",
    (argv: Argv) =>
      refOptions(argv)
        .positional("base", { type: "string", demandOption: true, describe: "old version: a file, or git:<ref>:<path>" })
        .positional("head", { type: "string", demandOption: true, describe: "new version: a file, or git:<ref>:<path>" })
        .option("fail-on", { choices: FAIL_ON, default: "breaking" as const, describe: "exit 1 when a finding is at or above this level" })
        .option("axis", { choices: AXES, default: "any" as const, describe: "grade findings by their wire or source impact only (default: the higher of both)" })
        .option("format", { choices: DIFF_FORMATS, default: "text" as const, describe: "report format; markdown is a PR-comment table, github prints annotations" })
        .option("ignore-file", { type: "string", describe: "accepted changes: lines of `rule-id /json/pointer # reason` (or a YAML list)" })
        .example("$0 diff git:main:spec/openapi.yaml spec/openapi.yaml", "what this branch changes in the spec")
        .example("$0 diff old.json new.json --fail-on warning --format github", "in CI, with annotations"),
    async (argv) => {
      const ignore = argv["ignore-file"] === undefined ? [] : await readIgnoreFile(argv["ignore-file"]);
      const result = await diffSpecs(argv.base, argv.head, { ignore, ...refLoadOptions(argv) });
      for (const entry of result.unusedIgnores) io.stderr(`specgen: note: ${argv["ignore-file"]}:${entry.line}: ${entry.rule} ${entry.pointer} matched nothing\n`);
      const verdict = { failOn: argv["fail-on"], axis: argv.axis };
      io.stdout(formatDiff(result, argv.format, verdict));
      if (failing(result.findings, verdict).length > 0) io.exitCode = EXIT.checkFailed;
    },
  );
