import type { Argv } from "yargs";
import { emitDocs } from "../emit/docs/index.js";
import { formatWarning } from "../errors.js";
import { buildModel } from "../model/build.js";
import { loadSpec } from "../load/index.js";
import { DEFAULT_PACKAGE, DEFAULT_TEMPLATES } from "../pipeline.js";
import { writeOutputs } from "../write/write.js";
import { refLoadOptions, specOptions, type CommandModule } from "./shared.js";

export const docsCommand: CommandModule = (cli, io) =>
  cli.command(
    "docs",
    "Write the markdown docs site (model pages, operation pages, index.md) into a folder",
    (argv: Argv) =>
      specOptions(argv)
        .option("out", { type: "string", demandOption: true, describe: "docs folder (replaced atomically; files specgen did not write are kept)" })
        .option("front-matter", { type: "boolean", default: false, describe: "start every page with YAML front matter (title, description) for Docusaurus/VitePress" })
        .option("package", { type: "string", describe: "package name used in import lines (default: x-sdk-package, else atoma-sdk)" })
        .option("templates", { type: "string", describe: "folder of page and snippet templates (default: the bundled templates/)" })
        .example("$0 docs --out site/docs", "pages of spec/openapi.yaml")
        .example("$0 docs --spec api.json --out site/docs --front-matter", "for a Docusaurus or VitePress site"),
    async (argv) => {
      const spec = await loadSpec(argv.spec, refLoadOptions(argv));
      const model = buildModel(spec);
      const result = emitDocs(model, {
        packageName: argv.package ?? model.sdkPackage ?? DEFAULT_PACKAGE,
        templatesDir: argv.templates ?? DEFAULT_TEMPLATES,
        frontMatter: argv["front-matter"],
      });
      for (const warning of [...spec.warnings, ...result.warnings]) io.stderr(`${formatWarning(warning)}\n`);
      const { written } = await writeOutputs(argv.out, { byKind: new Map([["docs", result.files]]) });
      io.stdout(`specgen: wrote ${written} pages into ${argv.out}/\n`);
    },
  );
