import { transform } from "esbuild";
import { expect } from "vitest";
import { FORMAT_MODES } from "../../generator/emit/validators/formats.js";
import { emitValidatorModule } from "../../generator/emit/validators/schema-module.js";
import type { Model } from "../../generator/model/model.js";

/**
 * `specgen validate` runs the validators as the emitter writes them in JavaScript, with no
 * compiler to load. That JavaScript must be the TypeScript `generate` writes with its types
 * erased: both are printed by esbuild without white space (which drops comments, layout and
 * type-only code, and renames nothing), and the two printouts must be equal, module for module.
 */
async function printed(source: string, loader: "ts" | "js"): Promise<string> {
  return (await transform(source, { loader, format: "esm", target: "es2022", minifyWhitespace: true })).code;
}

export async function expectErased(typescript: string, javascript: string): Promise<void> {
  expect(await printed(javascript, "js")).toBe(await printed(typescript, "ts"));
}

export async function expectEveryModuleErased(model: Model, keys: Iterable<string>): Promise<number> {
  let count = 0;
  for (const key of keys) {
    const schema = model.schemas.get(key)!;
    for (const formats of FORMAT_MODES) {
      const typescript = emitValidatorModule(model, schema, "validators", formats, "typescript");
      const javascript = emitValidatorModule(model, schema, "validators", formats, "javascript");
      expect(javascript.path).toBe(typescript.path.replace(/\.ts$/, ".js"));
      await expectErased(typescript.contents, javascript.contents);
    }
    count++;
  }
  return count;
}
