import { Project, ts } from "ts-morph";
import type { GeneratedFile } from "../emit/types.js";

export interface TypeDiagnostic {
  readonly file: string;
  readonly line: number | undefined;
  readonly message: string;
}

/** The compiler options generated code must satisfy: the strictest a consumer may use. */
export const STRICT_OPTIONS: ts.CompilerOptions = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noImplicitOverride: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  // DOM for `fetch` and `console` in the operation snippets.
  lib: ["lib.es2023.d.ts", "lib.dom.d.ts"],
  types: [],
  noEmit: true,
  skipLibCheck: true,
};

/**
 * Type-checks TypeScript sources in memory with ts-morph (nothing touches the disk), so generated
 * code can be verified before it is written and snippets can be checked against the types.
 * Only `.ts` files are checked; the rest are ignored. `<packageName>/models/components`
 * resolves to the generated models, as it does for the SDK's users.
 */
export function typecheckFiles(
  files: readonly GeneratedFile[],
  options: ts.CompilerOptions = STRICT_OPTIONS,
  packageName = "atoma-sdk",
): TypeDiagnostic[] {
  // Snippets import from the SDK package, whose models are the generated ones.
  const paths = { [`${packageName}/models/components`]: ["/out/models/components/index.ts"] };
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { ...options, paths } });
  for (const file of files) {
    if (file.path.endsWith(".ts")) project.createSourceFile(`/out/${file.path}`, file.contents, { overwrite: true });
  }
  return project.getPreEmitDiagnostics().map((diagnostic) => {
    const source = diagnostic.getSourceFile();
    return {
      file: source ? source.getFilePath().replace(/^\/out\//, "") : "",
      line: diagnostic.getLineNumber(),
      message: ts.flattenDiagnosticMessageText(diagnostic.compilerObject.messageText, "\n"),
    };
  });
}
