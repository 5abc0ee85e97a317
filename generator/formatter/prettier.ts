import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { SpecError } from "../errors.js";

/** `--formatter`: `none` (the default) writes the emitters' text as it is. */
export const FORMATTERS = ["prettier", "none"] as const;
export type FormatterName = (typeof FORMATTERS)[number];

/** The part of Prettier's API the formatting step uses; the same in Prettier 2 and 3. */
interface PrettierApi {
  readonly version: string;
  format(source: string, options: Record<string, unknown>): string | Promise<string>;
  resolveConfig(file: string, options: { editorconfig: boolean }): Promise<Record<string, unknown> | null>;
  clearConfigCache(): void | Promise<void>;
}

/** The user's Prettier, loaded from their project. */
export interface Prettier {
  readonly version: string;
  /** The folder it was loaded from (`…/node_modules/prettier`). */
  readonly folder: string;
  /**
   * `source` formatted as the Prettier CLI would format a file at `destination`: with the
   * configuration found for that path (`.prettierrc`, `overrides`, `.editorconfig`).
   */
  format(source: string, destination: string): Promise<string>;
}

/**
 * Prettier is the user's, not a dependency of specgen: it is looked for as the generated code
 * would find it, from the output folder upward, then from the working directory. Its version
 * and configuration are then the ones the user's `prettier --check` runs with.
 */
export async function loadPrettier(out: string, cwd: string): Promise<Prettier> {
  const folders = [...new Set([path.resolve(out), path.resolve(cwd)])];
  const entry = resolveFrom(folders);
  if (entry === undefined)
    throw new SpecError(
      "FORMATTER",
      `--formatter prettier: no prettier package found from ${folders.join(" or ")} upward; install it in the project: npm install --save-dev prettier`,
    );
  const loaded = (await import(pathToFileURL(entry).href)) as PrettierApi & { default?: PrettierApi };
  const api = typeof loaded.format === "function" ? loaded : loaded.default!;
  const folder = packageFolder(entry);
  // Configuration files may have changed since the last run of a --watch session.
  await api.clearConfigCache();
  return {
    version: api.version,
    folder,
    async format(source, destination) {
      let config: Record<string, unknown> | null;
      try {
        config = await api.resolveConfig(destination, { editorconfig: true });
      } catch (error) {
        throw new SpecError("FORMATTER", `prettier cannot read its configuration: ${firstLine(error)}`, {
          file: destination,
        });
      }
      try {
        return await api.format(source, { ...config, filepath: destination });
      } catch (error) {
        throw new SpecError(
          "FORMATTER",
          `prettier ${api.version} cannot format this generated file: ${firstLine(error)}; nothing was written`,
          { file: destination },
        );
      }
    },
  };
}

function resolveFrom(folders: readonly string[]): string | undefined {
  for (const folder of folders) {
    try {
      // The folder need not exist: only its path is walked up for node_modules.
      return createRequire(path.join(folder, "noop.js")).resolve("prettier");
    } catch {
      // Not installed at or above this folder.
    }
  }
  return undefined;
}

/** The package folder above its entry point: the nearest package.json named prettier. */
function packageFolder(entry: string): string {
  for (let dir = path.dirname(entry); path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    try {
      if ((JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { name?: string }).name === "prettier")
        return dir;
    } catch {
      // No package.json here.
    }
  }
  return path.dirname(entry);
}

/** Prettier's syntax errors carry a code frame on the lines after the first. */
function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split("\n")[0]!;
}
