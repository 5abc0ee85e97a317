export interface FolderDiagnostics {
  /** The TypeScript files compiled. */
  readonly files: number;
  readonly errors: number;
  /** Error count per code, e.g. `{ TS2353: 2 }`. */
  readonly byCode: Readonly<Record<string, number>>;
  /** The first few, as `TS2353 file:line message`. */
  readonly first: readonly string[];
}

export function typescriptFilesUnder(dir: string): string[];
/** `options`: TypeScript compiler options (STRICT_OPTIONS of generator/verify/typecheck.ts). */
export function createFolderChecker(options: object): (dir: string) => FolderDiagnostics;
