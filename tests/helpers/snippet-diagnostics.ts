import { Project, ts } from "ts-morph";
import { ExampleSelector } from "../../generator/example-values/index.js";
import { emitExamples } from "../../generator/emit/examples/index.js";
import { emitTypes } from "../../generator/emit/models/index.js";
import { TEMPLATES, modelOfFile } from "./model.js";

const PACKAGE = "some-sdk";

/**
 * Type-checks every emitted snippet against the emitted types, in memory, with the repo's strict
 * options. The snippets import `<package>/models/components`, mapped here to the generated index.
 */
export async function snippetDiagnostics(file: string): Promise<{ snippets: number; diagnostics: string[] }> {
  const { model } = await modelOfFile(file);
  const types = emitTypes(model).files;
  const examples = emitExamples(
    model,
    { packageName: PACKAGE, templatesDir: TEMPLATES },
    new ExampleSelector(model),
  ).files;
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      moduleDetection: ts.ModuleDetectionKind.Force,
      lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      skipLibCheck: true,
      noEmit: true,
      paths: { [`${PACKAGE}/models/components`]: ["/out/models/components/index.ts"] },
    },
  });
  for (const generated of [...types, ...examples]) {
    if (generated.path.endsWith(".ts")) project.createSourceFile(`/out/${generated.path}`, generated.contents);
  }
  const snippets = examples.filter((f) => f.path.endsWith(".ts"));
  const diagnostics = project
    .getPreEmitDiagnostics()
    .map(
      (d) =>
        `${d.getSourceFile()?.getFilePath() ?? ""}: ${ts.flattenDiagnosticMessageText(d.compilerObject.messageText, "\n")}`,
    );
  return { snippets: snippets.length, diagnostics };
}
