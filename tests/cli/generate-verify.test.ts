import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { SPEC } from "../helpers/paths.js";
import { readTree } from "../helpers/read-tree.js";
import { tempDir } from "../helpers/tmp.js";

describe("generate --verify", () => {
  it("writes output that type-checks, as a plain generate does", async () => {
    const dir = await tempDir("verify");
    const [plain, verified] = [path.join(dir, "plain"), path.join(dir, "verified")];
    expect((await runCli("generate", "--spec", SPEC, "--out", plain)).code).toBe(0);
    const result = await runCli("generate", "--spec", SPEC, "--out", verified, "--verify");
    expect(result.code).toBe(0);
    expect(await readTree(verified)).toEqual(await readTree(plain));
  });

  it("writes nothing when the code would not compile, and names each error's file and line (exit 1)", async () => {
    const dir = await tempDir("verify");
    const templates = path.join(dir, "templates/snippets");
    await mkdir(templates, { recursive: true });
    // A custom snippet template that assigns a string to every type: the examples do not compile.
    await writeFile(
      path.join(templates, "model.ts.tmpl"),
      "import type { {{typeName}} } from {{importPath}};\n\nexport const value: {{typeName}} = 42 as unknown as string;\n",
    );
    const out = path.join(dir, "out");
    await mkdir(out);
    await writeFile(path.join(out, "previous.txt"), "kept");
    const args = ["generate", "--spec", SPEC, "--out", out, "--templates", path.join(dir, "templates"), "--verify"];
    const result = await runCli(...args);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines.at(-1)).toMatch(
      /^specgen: the generated code does not compile: \d+ errors; nothing was written; .* left as it was$/,
    );
    expect(lines[0]).toBe(
      `specgen: error: ${path.join(out, "examples/apierror.ts")}:5: Type 'string' is not assignable to type 'ApiError'.`,
    );
    expect((await readTree(out)).map((file) => file.path)).toEqual(["previous.txt"]);
  });

  it("cannot be combined with --only (the other outputs are out of its reach)", async () => {
    const result = await runCli(
      "generate",
      "--spec",
      SPEC,
      "--out",
      await tempDir("verify"),
      "--verify",
      "--only",
      "types",
    );
    expect(result).toMatchObject({
      code: 2,
      stderr: "specgen: error: --verify type-checks the whole output: it cannot be combined with --only\n",
    });
  });
});
