import { describe, expect, it } from "vitest";
import { main } from "../../generator/cli/main.js";
import { STRICTEST_OPTIONS, typecheckFiles } from "../../generator/verify/typecheck.js";
import { GITHUB_SPEC } from "../helpers/paths.js";
import { readTree } from "../helpers/read-tree.js";
import { tempDir } from "../helpers/tmp.js";

describe("GitHub's REST description (@octokit/openapi, OpenAPI 3.0, ~13 MB)", () => {
  it("specgen generate completes and its output (types, validators, examples, docs) type-checks under the strictest common tsconfig (STRICTEST_OPTIONS)", async () => {
    const out = await tempDir("github");
    const stdout: string[] = [];
    const code = await main(["generate", "--spec", GITHUB_SPEC, "--out", out], {
      stdout: (t) => stdout.push(t),
      stderr: () => {},
    });
    expect(code).toBe(0);
    expect(stdout.join("")).toMatch(/wrote \d+ files for \d+ schemas/);

    const files = await readTree(out);
    const modules = files.filter((file) => file.path.startsWith("models/components/"));
    expect(modules.length).toBeGreaterThan(969);
    expect(files.some((file) => file.path === "openapi.d.ts")).toBe(true);
    // All four outputs, one module or page per schema, are part of what is type-checked.
    const count = (prefix: string): number => files.filter((file) => file.path.startsWith(prefix)).length;
    expect(count("validators/")).toBeGreaterThan(969);
    expect(count("examples/")).toBeGreaterThan(969);
    expect(count("docs/models/components/")).toBeGreaterThan(969);
    expect(typecheckFiles(files, STRICTEST_OPTIONS)).toEqual([]);
  });
});
