import type { Argv } from "yargs";
import { formatWarning } from "../errors.js";
import { generate } from "../pipeline.js";
import {
  note,
  refLoadOptions,
  shapingOptions,
  shapingValues,
  specOptions,
  warn,
  type CommandModule,
} from "./shared.js";

export const docsCommand: CommandModule = (cli, io) =>
  cli.command(
    "docs",
    "Write the markdown docs site (model pages, operation pages, index.md) into a folder",
    (argv: Argv) =>
      shapingOptions(specOptions(argv))
        .option("out", {
          type: "string",
          demandOption: true,
          describe: "docs folder (replaced atomically; files specgen did not write are kept)",
        })
        .example("$0 docs --out site/docs", "pages of spec/openapi.yaml")
        .example("$0 docs --spec api.json --out site/docs --front-matter", "for a Docusaurus or VitePress site"),
    async (argv) => {
      // The docs output of generate, with its pages at the root of --out instead of docs/.
      const result = await generate({
        spec: argv.spec,
        out: argv.out,
        ...refLoadOptions(argv),
        only: ["docs"],
        docsFolder: "",
        onStage: io.step,
        ...shapingValues(argv),
      });
      for (const warning of result.warnings) warn(io, `${formatWarning(warning)}\n`);
      note(io, `specgen: wrote ${result.written} pages into ${argv.out}/\n`);
    },
  );
