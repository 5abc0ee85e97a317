import { execFileSync } from "node:child_process";
import { lstat, mkdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
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
    await expect(generate({ spec: path.join(FIXTURES, "hostile/dangling.yaml"), out })).rejects.toBeInstanceOf(
      SpecError,
    );
    expect(await readTree(out)).toEqual(before);
  });

  it("a user's file in the output folder survives a regeneration, and a removed schema's file goes", async () => {
    const out = await tempDir("lost");
    const small = path.join(await tempDir("spec"), "small.yaml");
    await writeFile(
      small,
      "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Keep: {type: string}\n    Gone: {type: integer}\n",
    );
    await generate({ spec: small, out });
    await mkdir(path.join(out, "models/components"), { recursive: true });
    await writeFile(path.join(out, "models/components/helpers.ts"), "export const mine = 1;\n");
    await writeFile(path.join(out, "NOTES.md"), "my notes\n");

    await writeFile(
      small,
      "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Keep: {type: string}\n",
    );
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

  it("a regeneration keeps an unchanged file's inode (a hard link, no bytes written), gives a changed one a new file, and never links a symlink", async () => {
    const out = await tempDir("lost");
    const spec = path.join(await tempDir("spec"), "small.yaml");
    const document = (keepDescription: string): string =>
      `openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Keep: {type: string, description: ${keepDescription}}\n    Other: {type: integer}\n`;
    await writeFile(spec, document("first"));
    await generate({ spec, out, only: ["types"] });
    const keep = path.join(out, "models/components/keep.ts");
    const other = path.join(out, "models/components/other.ts");
    const userTarget = path.join(await tempDir("elsewhere"), "other.ts");
    await writeFile(userTarget, await readFile(other, "utf8"));
    await rm(other);
    await symlink(userTarget, other);
    const before = {
      keep: (await lstat(keep)).ino,
      index: (await lstat(path.join(out, "models/components/index.ts"))).ino,
    };

    await writeFile(spec, document("second"));
    const result = await generate({ spec, out, only: ["types"] });
    // other.ts is reported changed although the symlink's target holds the same bytes: what is at
    // the generator's path goes from a symlink to a regular file.
    expect(result.changed).toEqual(["models/components/keep.ts", "models/components/other.ts", "openapi.d.ts"]);
    expect((await lstat(keep)).ino).not.toBe(before.keep);
    expect(await readFile(keep, "utf8")).toContain("second");
    expect((await lstat(path.join(out, "models/components/index.ts"))).ino).toBe(before.index);
    // The generator's own path gets a regular file again; the user's file stays, not linked.
    expect((await lstat(other)).isFile()).toBe(true);
    expect((await lstat(userTarget)).nlink).toBe(1);
  });

  it.skipIf(process.platform === "win32")(
    "a generated file grown by a suffix, or replaced by a FIFO or a folder, is replaced by a regular file (no hang, no link)",
    async () => {
      const out = await tempDir("lost");
      const spec = path.join(await tempDir("spec"), "small.yaml");
      await writeFile(
        spec,
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {type: string}\n    B: {type: integer}\n    C: {type: boolean}\n",
      );
      await generate({ spec, out, only: ["types"] });
      const file = (name: string): string => path.join(out, `models/components/${name}.ts`);
      const original = {
        a: await readFile(file("a"), "utf8"),
        b: await readFile(file("b"), "utf8"),
        c: await readFile(file("c"), "utf8"),
      };
      await writeFile(file("a"), `${original.a}// appended\n`);
      await rm(file("b"));
      execFileSync("mkfifo", [file("b")]);
      await rm(file("c"));
      await mkdir(file("c"));

      const result = await generate({ spec, out, only: ["types"] });
      expect(result.changed).toEqual(["models/components/a.ts", "models/components/b.ts"]);
      // An (empty) folder is not a file the generator wrote: its path is new again.
      expect(result.added).toEqual(["models/components/c.ts"]);
      for (const name of ["a", "b", "c"] as const) {
        expect((await lstat(file(name))).isFile()).toBe(true);
        expect(await readFile(file(name), "utf8")).toBe(original[name]);
      }
    },
  );

  it("refuses to replace a folder that holds a git repository", async () => {
    const out = await tempDir("lost");
    await mkdir(path.join(out, ".git"));
    await expect(generate({ spec: SPEC, out })).rejects.toMatchObject({ code: "OUTPUT_CONFLICT" });
  });
});
