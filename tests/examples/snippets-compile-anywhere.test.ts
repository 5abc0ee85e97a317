import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generate } from "../../generator/pipeline.js";
import { ts } from "ts-morph";
import { STRICT_OPTIONS, STRICTEST_OPTIONS } from "../../generator/verify/typecheck.js";
import { createFolderChecker } from "../../scripts/corpus/typecheck-folder.mjs";
import { FIXTURES } from "../helpers/paths.js";
import { tempDir } from "../helpers/tmp.js";

const NO_PACKAGE = path.join(FIXTURES, "corpus/no-package.yaml");
const check = createFolderChecker(STRICT_OPTIONS);
const checkStrictest = createFolderChecker(STRICTEST_OPTIONS);
const checkStrictestBundler = createFolderChecker({
  ...STRICTEST_OPTIONS,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
});

/** Generates into `sdk/` of a fresh project whose package.json is `packageJson`, as a user would. */
async function generateInProject(packageJson: object, packageName?: string): Promise<string> {
  const project = await tempDir("snippets-anywhere");
  writeFileSync(path.join(project, "package.json"), JSON.stringify(packageJson));
  const out = path.join(project, "sdk");
  await generate({ spec: NO_PACKAGE, out, packageName });
  return out;
}

describe("a spec that names no package: the output folder compiles as it stands (strict, NodeNext)", () => {
  it("model snippets import the models of the same output folder", async () => {
    const out = await generateInProject({ type: "module" });
    expect(readFileSync(path.join(out, "examples/newpet.ts"), "utf8")).toContain(
      `import type { NewPet } from "../models/components/index.js";\n`,
    );
  });

  it("--package still names the package", async () => {
    const out = await generateInProject({ type: "module" }, "@acme/pets");
    expect(readFileSync(path.join(out, "examples/newpet.ts"), "utf8")).toContain(
      `import type { NewPet } from "@acme/pets/models/components";\n`,
    );
  });

  it.each([
    ["an ESM project", { type: "module" }],
    ["a CommonJS project", {}],
  ])("in %s", async (_, packageJson) => {
    const out = await generateInProject(packageJson);
    const result = check(out);
    expect(result.first).toEqual([]);
    // models, validators, three model snippets and the operation's fetch snippet, all compiled
    expect(result.files).toBeGreaterThanOrEqual(10);
    expect(readFileSync(path.join(out, "examples/operations/createpet.ts"), "utf8")).toContain("await fetch(");
  });

  it("under the strictest common tsconfig (STRICTEST_OPTIONS): in an ESM project, and with a bundler's resolution in any project", async () => {
    const esm = await generateInProject({ type: "module" });
    expect(checkStrictest(esm).first).toEqual([]);
    const commonJs = await generateInProject({});
    expect(checkStrictestBundler(commonJs).first).toEqual([]);
    expect(checkStrictestBundler(esm).first).toEqual([]);
  });

  it("under NodeNext in a CommonJS project, verbatimModuleSyntax refuses ES module syntax itself, and nothing else fails", async () => {
    const out = await generateInProject({});
    const codes = Object.keys(checkStrictest(out).byCode);
    // TS1286/TS1287: import/export in a CommonJS module; TS1295: the same, said of a re-export.
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.filter((code) => !["TS1286", "TS1287", "TS1295"].includes(code))).toEqual([]);
  });

  it("in a CommonJS project the fetch snippets need their folder's package.json (top-level await)", async () => {
    const out = await generateInProject({});
    rmSync(path.join(out, "examples/operations/package.json"));
    // `await fetch(…)` and `await response.text()`
    expect(check(out).byCode).toEqual({ TS1309: 2 });
  });
});
