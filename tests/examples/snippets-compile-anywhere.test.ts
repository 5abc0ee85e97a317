import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generate } from "../../generator/pipeline.js";
import { STRICT_OPTIONS } from "../../generator/verify/typecheck.js";
import { createFolderChecker } from "../../scripts/corpus/typecheck-folder.mjs";
import { FIXTURES } from "../helpers/paths.js";
import { tempDir } from "../helpers/tmp.js";

const NO_PACKAGE = path.join(FIXTURES, "corpus/no-package.yaml");
const check = createFolderChecker(STRICT_OPTIONS);

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

  it("in a CommonJS project the fetch snippets need their folder's package.json (top-level await)", async () => {
    const out = await generateInProject({});
    rmSync(path.join(out, "examples/operations/package.json"));
    // `await fetch(…)` and `await response.text()`
    expect(check(out).byCode).toEqual({ TS1309: 2 });
  });
});
