import { Project, ts } from "ts-morph";
import type { GeneratedFile } from "../emit/emitter.js";

export interface TypeDiagnostic {
  readonly file: string;
  readonly line: number | undefined;
  /** TypeScript's error number: `2322` for TS2322. */
  readonly code: number;
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
 * STRICT_OPTIONS and every other check of the strictest common tsconfigs (`@tsconfig/strictest`,
 * Vite's templates): a project that compiles the generated code with these sees no error.
 * Declaration files (`openapi.d.ts`) are skipped, as those tsconfigs skip them (`skipLibCheck`).
 */
export const STRICTEST_OPTIONS: ts.CompilerOptions = {
  ...STRICT_OPTIONS,
  noUnusedLocals: true,
  noUnusedParameters: true,
  noPropertyAccessFromIndexSignature: true,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  erasableSyntaxOnly: true,
  noFallthroughCasesInSwitch: true,
  noImplicitReturns: true,
  noUncheckedSideEffectImports: true,
  allowUnreachableCode: false,
  allowUnusedLabels: false,
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
      code: diagnostic.getCode(),
      message: ts.flattenDiagnosticMessageText(diagnostic.compilerObject.messageText, "\n"),
    };
  });
}
