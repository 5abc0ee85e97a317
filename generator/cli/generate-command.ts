import type { Argv } from "yargs";
import { formatWarning } from "../errors.js";
import { DEFAULT_OUT, DEFAULT_SPEC, OUTPUT_KINDS, generate, type OutputKind } from "../pipeline.js";
import { UsageError, specOptions, type CommandModule } from "./shared.js";

function parseOnly(value: string | undefined): OutputKind[] | undefined {
  if (value === undefined) return undefined;
  const kinds = value.split(",").map((kind) => kind.trim()).filter((kind) => kind !== "");
  for (const kind of kinds) {
    if (!(OUTPUT_KINDS as readonly string[]).includes(kind)) throw new UsageError(`--only: unknown output ${JSON.stringify(kind)}; choose from ${OUTPUT_KINDS.join(", ")}`);
  }
  return kinds as OutputKind[];
}

export const generateCommand: CommandModule = (cli, io) =>
  cli.command(
    "generate",
    "Regenerate every output (or --only some) from a spec into an output folder",
    (argv: Argv) =>
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
  );
