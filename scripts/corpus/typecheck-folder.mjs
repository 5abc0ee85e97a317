// Type-checks folders on disk as they stand, the way a user's project compiles them (the nearest
// package.json decides whether a file is ESM or CommonJS under NodeNext). Used by the corpus
// runner and by the tests that compile a generated folder as a user would.
import { readdirSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/** Every `.ts`/`.mts`/`.cts` (declarations included) under `dir`, sorted, as a tsconfig `include` of the folder lists them. */
export function typescriptFilesUnder(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.[mc]?ts$/.test(entry.name))
      found.push(path.join(entry.parentPath ?? entry.path, entry.name));
  }
  return found.sort();
}

/**
 * One checker for many folders: the compiler host and the parsed (and bound) standard library —
 * `lib.dom.d.ts` alone is 1.5 MB — are made once and reused by every program, instead of one
 * `tsc` process, and one parse of the library, per folder.
 */
export function createFolderChecker(options) {
  const host = ts.createCompilerHost(options, true);
  const libDir = path.dirname(ts.getDefaultLibFilePath(options));
  const library = new Map();
  const readSource = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    if (!fileName.startsWith(libDir)) return readSource(fileName, languageVersion, onError, shouldCreate);
    if (!library.has(fileName)) library.set(fileName, readSource(fileName, languageVersion, onError, shouldCreate));
    return library.get(fileName);
  };
  return (dir) => {
    const rootNames = typescriptFilesUnder(dir);
    const program = ts.createProgram({ rootNames, options, host });
    const diagnostics = [
      ...program.getOptionsDiagnostics(),
      ...program.getGlobalDiagnostics(),
      ...program.getSyntacticDiagnostics(),
      ...program.getSemanticDiagnostics(),
    ];
    const byCode = {};
    for (const diagnostic of diagnostics) byCode[`TS${diagnostic.code}`] = (byCode[`TS${diagnostic.code}`] ?? 0) + 1;
    return {
      files: rootNames.length,
      errors: diagnostics.length,
      byCode,
      first: diagnostics.slice(0, 5).map((diagnostic) => describe(diagnostic, dir)),
    };
  };
}

function describe(diagnostic, dir) {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n").split("\n")[0].slice(0, 300);
  if (!diagnostic.file || diagnostic.start === undefined) return `TS${diagnostic.code} ${message}`;
  const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return `TS${diagnostic.code} ${path.relative(dir, diagnostic.file.fileName)}:${line + 1} ${message}`;
}
