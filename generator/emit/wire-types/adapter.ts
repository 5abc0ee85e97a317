import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

/**
 * The openapi-typescript version whose private CommonJS modules and context defaults worker.cjs
 * was written against. A test fails, naming this file, when the installed version differs.
 */
export const PINNED_OPENAPI_TYPESCRIPT = "7.13.0";

/**
 * The three modules of openapi-typescript's CommonJS build the worker uses, rather than its entry
 * point, which also loads Redocly's linter and bundler (1.5 s to import instead of 0.6 s, on a
 * path that never calls them). Its package's `exports` map publishes every file ("./*").
 */
export function openapiTypescriptModules(): { transform: string; ts: string; utils: string } {
  return {
    transform: require.resolve("openapi-typescript/dist/transform/index.cjs"),
    ts: require.resolve("openapi-typescript/dist/lib/ts.cjs"),
    utils: require.resolve("openapi-typescript/dist/lib/utils.cjs"),
  };
}

/** The installed openapi-typescript's version, from its package.json. */
export function installedOpenapiTypescript(): string {
  const entry = require.resolve("openapi-typescript");
  for (let dir = path.dirname(entry); path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as {
        name?: string;
        version?: string;
      };
      if (manifest.name === "openapi-typescript" && manifest.version !== undefined) return manifest.version;
    } catch {
      // not the package's root yet
    }
  }
  throw new Error("openapi-typescript's package.json was not found");
}
