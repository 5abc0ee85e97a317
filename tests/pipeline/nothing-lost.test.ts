import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generate } from "../../generator/pipeline.js";
import { MANIFEST } from "../../generator/write/write.js";
import { SpecError } from "../../generator/errors.js";
import { FIXTURES, SPEC } from "../helpers/paths.js";
import { readTree } from "../helpers/read-tree.js";
import { tempDir } from "../helpers/tmp.js";

describe("nothing is lost", () => {
  it("a failure leaves the previous output byte-identical", async () => {
    const out = await tempDir("lost");
    await generate({ spec: SPEC, out });
    const before = await readTree(out);
    await expect(generate({ spec: path.join(FIXTURES, "hostile/dangling.yaml"), out })).rejects.toBeInstanceOf(SpecError);
    expect(await readTree(out)).toEqual(before);
  });

  it("a user's file in the output folder survives a regeneration, and a removed schema's file goes", async () => {
    const out = await tempDir("lost");
    const small = path.join(await tempDir("spec"), "small.yaml");
    await writeFile(small, "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Keep: {type: string}\n    Gone: {type: integer}\n");
    await generate({ spec: small, out });
    await mkdir(path.join(out, "models/components"), { recursive: true });
    await writeFile(path.join(out, "models/components/helpers.ts"), "export const mine = 1;\n");
    await writeFile(path.join(out, "NOTES.md"), "my notes\n");

    await writeFile(small, "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Keep: {type: string}\n");
    const result = await generate({ spec: small, out });
    expect(result.kept).toBe(2);
    const paths = (await readTree(out)).map((file) => file.path);
    expect(paths).toContain("models/components/helpers.ts");
    expect(paths).toContain("NOTES.md");
    expect(paths).toContain("models/components/keep.ts");
    expect(paths).not.toContain("models/components/gone.ts");
    expect(await readFile(path.join(out, "models/components/helpers.ts"), "utf8")).toBe("export const mine = 1;\n");
    const manifest = JSON.parse(await readFile(path.join(out, MANIFEST), "utf8"));
    expect(manifest.outputs.types).not.toContain("models/components/helpers.ts");
  });

  it("a user's file where a generated file would go is never overwritten", async () => {
    const out = await tempDir("lost");
    await mkdir(path.join(out, "models/components"), { recursive: true });
    await writeFile(path.join(out, "models/components/chatcompletionrequest.ts"), "// mine\n");
    await expect(generate({ spec: SPEC, out })).rejects.toMatchObject({ code: "OUTPUT_CONFLICT" });
    expect(await readFile(path.join(out, "models/components/chatcompletionrequest.ts"), "utf8")).toBe("// mine\n");
  });

  it("refuses to replace a folder that holds a git repository", async () => {
    const out = await tempDir("lost");
    await mkdir(path.join(out, ".git"));
    await expect(generate({ spec: SPEC, out })).rejects.toMatchObject({ code: "OUTPUT_CONFLICT" });
  });
});
