import type { Argv } from "yargs";
import { formatWarning, type Warning } from "../errors.js";
import { loadSpecText, readSpecBytes } from "../load/index.js";
import {
  buildIdentity,
  defaultCacheDir,
  importCached,
  ValidatorCache,
  type CachedValidator,
} from "../validate/cache.js";
import { schemasReached } from "../model/reaches.js";
import { findSchema, modelForSchema } from "../validate/find-schema.js";
import {
  checkPayloads,
  DEFAULT_PATTERN_TIMEOUT_MS,
  readPayloads,
  validatePayloads,
  type PayloadVerdict,
  type ValidatePayloadsOptions,
} from "../validate/validate-payload.js";
import { version } from "../version.js";
import { EXIT, refLoadOptions, specOptions, warn, type CommandModule, type Io } from "./shared.js";

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
        .option("cache", {
          type: "boolean",
          default: true,
          describe:
            "keep the compiled validator for the next call with the same document, schema and options (--no-cache: neither read nor write; SPECGEN_CACHE_DIR: where)",
        })
        .example(
          "$0 validate --schema CreateChatCompletionRequest request.json",
          "errors with JSON pointer and line, exit 1 when invalid",
        )
        .example("cat request.json | $0 validate --schema CreateChatCompletionRequest", "from standard input"),
    async (argv) => {
      // yargs drops a lone "-" from a variadic positional, so standard input is "no file".
      const files = argv.payloads && argv.payloads.length > 0 ? argv.payloads : ["-"];
      const payloads = await readPayloads(files, readStdin);
      const checking = files.length === 1 ? "the payload" : `${files.length} payloads`;
      io.step(`loading ${argv.spec}`);
      const bytes = await readSpecBytes(argv.spec);
      const loadOptions = { ...refLoadOptions(argv), backtracking: false };
      const options: ValidatePayloadsOptions = {
        schema: argv.schema,
        payloads,
        sdk: argv.sdk,
        firstError: argv["first-error"],
        specFile: argv.spec,
        patternTimeoutMs: argv["pattern-timeout"],
      };
      const cache = argv.cache ? openCache() : undefined;
      // The bytes as read are hashed: no second encoding of GitHub's 13 MB.
      const key = cache?.keyOf({ spec: argv.spec, bytes, schema: argv.schema, load: loadOptions });
      const cached = key === undefined ? undefined : cache!.read(key);
      let schema: { readonly key: string };
      let verdicts: PayloadVerdict[];
      if (cached !== undefined) {
        printWarnings(io, cached.warnings);
        io.step(`checking ${checking} with the validator of ${argv.schema} (${count(cached.schemas)}) from the cache`);
        schema = cached.schema;
        verdicts = checkPayloads(await importCached(cached), options);
      } else {
        const spec = await loadSpecText(bytes.toString("utf8"), argv.spec, loadOptions);
        printWarnings(io, spec.warnings);
        io.step("building the model");
        const model = modelForSchema(spec, argv.schema);
        // The modules compiled: the schema's and those of the schemas it is made of.
        const compiled = schemasReached(model, findSchema(model, argv.schema, argv.spec).key).size;
        io.step(`compiling the validator of ${argv.schema} (${count(compiled)}) and checking ${checking}`);
        // A document made of several files is not cached: its key would not cover the others.
        const staging = key === undefined || spec.bundled ? undefined : cache!.staging(key);
        try {
          ({ schema, verdicts } = await validatePayloads(model, { ...options, folder: staging }));
        } catch (error) {
          if (staging !== undefined) cache!.discard(staging);
          throw error;
        }
        if (staging !== undefined) {
          const entry: Omit<CachedValidator, "folder"> = {
            schema: { key: schema.key, typeName: model.schemas.get(schema.key)!.typeName },
            schemas: compiled,
            warnings: spec.warnings,
            stem: model.schemas.get(schema.key)!.fileStem,
          };
          cache!.commit(key!, staging, entry);
        }
      }
      io.stdout(
        argv.format === "json"
          ? `${JSON.stringify({ schema: schema.key, verdicts }, null, 2)}\n`
          : verdicts.map((verdict) => formatVerdict(verdict, schema.key)).join(""),
      );
      if (verdicts.some((verdict) => !verdict.valid)) io.exitCode = EXIT.checkFailed;
    },
  );

function count(schemas: number): string {
  return schemas === 1 ? "1 schema" : `${schemas} schemas`;
}

function printWarnings(io: Io, warnings: readonly Warning[]): void {
  for (const warning of warnings) warn(io, `${formatWarning(warning)}\n`);
}

/** The cache of compiled validators, when specgen is a build that can key it (not a run from source). */
function openCache(): ValidatorCache | undefined {
  const identity = buildIdentity();
  return identity === undefined
    ? undefined
    : new ValidatorCache(defaultCacheDir(process.cwd()), `${version()}+${identity}`);
}

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
