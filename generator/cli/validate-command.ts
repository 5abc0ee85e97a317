import type { Argv } from "yargs";
import { formatWarning } from "../errors.js";
import { loadSpec } from "../load/index.js";
import { modelForSchema } from "../validate/find-schema.js";
import {
  DEFAULT_PATTERN_TIMEOUT_MS,
  readPayloads,
  validatePayloads,
  type PayloadVerdict,
} from "../validate/validate-payload.js";
import { EXIT, refLoadOptions, specOptions, warn, type CommandModule } from "./shared.js";

export const validateCommand: CommandModule = (cli, io) =>
  cli.command(
    "validate [payloads..]",
    "Check JSON payloads against one schema with its generated validator; exit 1 when one is invalid",
    (argv: Argv) =>
      specOptions(argv)
        .positional("payloads", { type: "string", array: true, describe: "JSON files; none reads standard input" })
        .option("schema", {
          type: "string",
          demandOption: true,
          describe: "schema name in components.schemas (or its TypeScript name)",
        })
        .option("sdk", {
          type: "boolean",
          default: false,
          describe: "payloads are in SDK form (camelCase): map them to the wire form, then check",
        })
        .option("pattern-timeout", {
          type: "number",
          default: DEFAULT_PATTERN_TIMEOUT_MS,
          describe: "milliseconds a pattern match may take; longer refuses the payload instead of hanging",
        })
        .option("first-error", {
          type: "boolean",
          default: false,
          describe: "report only the first error of each payload",
        })
        .option("format", { choices: ["text", "json"] as const, default: "text" as const, describe: "report format" })
        .example(
          "$0 validate --schema CreateChatCompletionRequest request.json",
          "errors with JSON pointer and line, exit 1 when invalid",
        )
        .example("cat request.json | $0 validate --schema CreateChatCompletionRequest", "from standard input"),
    async (argv) => {
      // yargs drops a lone "-" from a variadic positional, so standard input is "no file".
      const files = argv.payloads && argv.payloads.length > 0 ? argv.payloads : ["-"];
      const payloads = await readPayloads(files, readStdin);
      io.step(`loading ${argv.spec}`);
      const spec = await loadSpec(argv.spec, { ...refLoadOptions(argv), backtracking: false });
      for (const warning of spec.warnings) warn(io, `${formatWarning(warning)}\n`);
      io.step("building the model");
      const model = modelForSchema(spec, argv.schema);
      const schemas = model.schemas.size === 1 ? "1 schema" : `${model.schemas.size} schemas`;
      io.step(
        `compiling the validator of ${argv.schema} (${schemas}) and checking ${files.length === 1 ? "the payload" : `${files.length} payloads`}`,
      );
      const { schema, verdicts } = await validatePayloads(model, {
        schema: argv.schema,
        payloads,
        sdk: argv.sdk,
        firstError: argv["first-error"],
        specFile: argv.spec,
        patternTimeoutMs: argv["pattern-timeout"],
      });
      io.stdout(
        argv.format === "json"
          ? `${JSON.stringify({ schema: schema.key, verdicts }, null, 2)}\n`
          : verdicts.map((verdict) => formatVerdict(verdict, schema.key)).join(""),
      );
      if (verdicts.some((verdict) => !verdict.valid)) io.exitCode = EXIT.checkFailed;
    },
  );

/** `file: valid X`, or a header and one `file:line: message [keyword]` line per error. */
function formatVerdict(verdict: PayloadVerdict, schema: string): string {
  if (verdict.valid) return `${verdict.file}: valid ${schema}\n`;
  const count = verdict.errors.length === 1 ? "1 error" : `${verdict.errors.length} errors`;
  const lines = verdict.errors.map(
    (error) =>
      `${verdict.file}${error.line !== undefined ? `:${error.line}` : ""}: ${error.message} [${error.keyword}]\n`,
  );
  return `${verdict.file}: invalid ${schema}, ${count}\n${lines.join("")}`;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
