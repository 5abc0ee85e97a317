import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import * as prettier from "prettier";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STRICTEST_OPTIONS, typecheckFiles } from "../../generator/verify/typecheck.js";
import { MANIFEST } from "../../generator/write/write.js";
import { runCliAt } from "../helpers/cli.js";
import { REPO, SPEC } from "../helpers/paths.js";
import { readTree } from "../helpers/read-tree.js";
import { tempDir } from "../helpers/tmp.js";

interface DriftReport {
  readonly drift: readonly { path: string; status: string }[];
  readonly formatter?: { recorded: string; found: string };
}

/**
 * `--formatter prettier`: the project's Prettier (here the repo's devDependency, found upward
 * from tests/tmp/) formats every generated `.ts` file, so that its own `prettier --check` passes.
 */
describe("generate --formatter prettier", () => {
  let dir: string;
  let out: string;
  beforeAll(async () => {
    dir = await tempDir("formatter");
    out = path.join(dir, "sdk");
    const result = await runCliAt(["generate", "--spec", SPEC, "--out", out, "--formatter", "prettier", "-q"], dir);
    expect(result).toMatchObject({ code: 0, stderr: "" });
  });

  it("leaves every .ts file as Prettier's defaults would, and every other file as a plain run writes it", async () => {
    const files = await readTree(out);
    const typescript = files.filter((file) => file.path.endsWith(".ts"));
    expect(typescript.length).toBe(162);
    const unformatted: string[] = [];
    for (const file of typescript)
      if (!(await prettier.check(file.contents, { filepath: path.join(out, file.path) }))) unformatted.push(file.path);
    expect(unformatted).toEqual([]);
    // The formatting did change something: the plain output is not Prettier's (issue 19).
    const plain = new Map((await readTree(path.join(REPO, "generated"))).map((file) => [file.path, file.contents]));
    expect(typescript.filter((file) => file.contents !== plain.get(file.path)).length).toBeGreaterThan(50);
    const others = files.filter((file) => !file.path.endsWith(".ts") && file.path !== MANIFEST);
    expect(others.length).toBeGreaterThan(50);
    for (const file of others) expect(file.contents, file.path).toBe(plain.get(file.path));
  });

  it("still compiles under the strictest common tsconfig", async () => {
    const files = (await readTree(out)).filter((file) => file.path.endsWith(".ts"));
    expect(typecheckFiles(files, { ...STRICTEST_OPTIONS, skipLibCheck: false, skipDefaultLibCheck: true })).toEqual([]);
  });

  it("records the formatter and Prettier's version for each output holding TypeScript", async () => {
    const manifest = JSON.parse(await readFile(path.join(out, MANIFEST), "utf8")) as { options: unknown };
    const recorded = { formatter: "prettier", formatterVersion: prettier.version };
    expect(manifest.options).toEqual({ examples: recorded, types: recorded, validators: recorded });
  });

  it("a plain check replays it and is clean; a hand-edited file is drift; --formatter none drifts the formatted files", async () => {
    const clean = await runCliAt(["check", "--spec", SPEC, "--out", out], dir);
    expect(clean).toMatchObject({ code: 0, stdout: expect.stringMatching(/ match the spec\n$/) });

    const edited = path.join(out, "examples/apierror.ts");
    const original = await readFile(edited, "utf8");
    await writeFile(edited, original.replaceAll('"', "'"));
    try {
      const drifted = await runCliAt(
        ["check", "--spec", SPEC, "--out", out, "--only", "examples", "--format", "json"],
        dir,
      );
      expect(drifted.code).toBe(1);
      expect((JSON.parse(drifted.stdout) as DriftReport).drift).toEqual([
        expect.objectContaining({ path: "examples/apierror.ts", status: "changed" }),
      ]);
    } finally {
      await writeFile(edited, original);
    }

    const unformatted = await runCliAt(
      ["check", "--spec", SPEC, "--out", out, "--only", "examples", "--formatter", "none", "--format", "json"],
      dir,
    );
    expect(unformatted.code).toBe(1);
    const paths = (JSON.parse(unformatted.stdout) as DriftReport).drift.map((file) => file.path);
    expect(paths).toContain(MANIFEST);
    expect(paths).toContain("examples/chatcompletionrequest.ts");
    expect(paths.every((file) => file === MANIFEST || file.startsWith("examples/"))).toBe(true);
  });

  it("check names the Prettier versions once, instead of the drift of every file, when another version formatted the output", async () => {
    const copy = path.join(dir, "older");
    const generated = await runCliAt(
      ["generate", "--spec", SPEC, "--out", copy, "--only", "examples", "--formatter", "prettier", "-q"],
      dir,
    );
    expect(generated.code).toBe(0);
    const manifest = path.join(copy, MANIFEST);
    await writeFile(
      manifest,
      (await readFile(manifest, "utf8")).replace(
        `"formatterVersion": "${prettier.version}"`,
        '"formatterVersion": "2.8.8"',
      ),
    );
    const text = await runCliAt(["check", "--spec", SPEC, "--out", copy], dir);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(
      new RegExp(
        `^specgen check: ${escapeRegExp(copy)}/ was formatted with prettier 2\\.8\\.8, this run found prettier ${escapeRegExp(prettier.version)} \\(${escapeRegExp(path.join(REPO, "node_modules/prettier"))}\\): 1 of \\d+ generated files differ; run specgen generate to format them with ${escapeRegExp(prettier.version)}, or install prettier 2\\.8\\.8\\n$`,
      ),
    );
    const json = JSON.parse((await runCliAt(["check", "--spec", SPEC, "--out", copy, "--format", "json"], dir)).stdout);
    expect((json as DriftReport).formatter).toMatchObject({ recorded: "2.8.8", found: prettier.version });
  });

  it("honours the project's Prettier configuration, and the config file's formatter key", async () => {
    const project = path.join(dir, "single-quote");
    await mkdir(project, { recursive: true });
    await writeFile(path.join(project, ".prettierrc"), JSON.stringify({ singleQuote: true, semi: false }));
    await writeFile(
      path.join(project, "specgen.config.json"),
      JSON.stringify({ spec: SPEC, out: "sdk", only: ["examples"], formatter: "prettier" }),
    );
    expect(await runCliAt(["generate", "-q"], project)).toMatchObject({ code: 0, stderr: "" });
    const example = await readFile(path.join(project, "sdk/examples/chatcompletionrequest.ts"), "utf8");
    expect(example).toContain("import type { ChatCompletionRequest } from 'atoma-sdk/models/components'\n");
    const config = { singleQuote: true, semi: false, filepath: path.join(project, "sdk/examples/x.ts") };
    expect(await prettier.check(example, config)).toBe(true);
    expect(await runCliAt(["check"], project)).toMatchObject({ code: 0 });
    // The configuration is part of what check compares: another one is drift.
    await writeFile(path.join(project, ".prettierrc"), JSON.stringify({ singleQuote: true }));
    expect(await runCliAt(["check"], project)).toMatchObject({ code: 1 });
  });

  it("a file Prettier cannot format stops the run with one line naming it; the previous output stays", async () => {
    const project = path.join(dir, "bad-config");
    await mkdir(path.join(project, "sdk"), { recursive: true });
    await writeFile(path.join(project, "sdk/notes.md"), "mine\n");
    // A configuration that makes Prettier read TypeScript as JSON: what it says of output it cannot parse.
    await writeFile(path.join(project, ".prettierrc"), JSON.stringify({ parser: "json" }));
    const sdk = path.join(project, "sdk");
    const result = await runCliAt(
      ["generate", "--spec", SPEC, "--out", sdk, "--only", "validators", "--formatter", "prettier"],
      project,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(
        `^specgen: error: ${escapeRegExp(sdk)}/validators/_runtime\\.ts: prettier ${escapeRegExp(prettier.version)} cannot format this generated file: [^\\n]+ \\(\\d+:\\d+\\); nothing was written\\n$`,
      ),
    );
    expect((await readTree(sdk)).map((file) => file.path)).toEqual(["notes.md"]);
  });

  describe("without Prettier in the project", () => {
    let outside: string;
    beforeAll(async () => {
      // Outside the repository: no node_modules/prettier above it.
      outside = await mkdtemp(path.join(os.tmpdir(), "specgen-no-prettier-"));
    });
    afterAll(async () => {
      await rm(outside, { recursive: true, force: true });
    });

    it("generate and check stop with one line naming the folders and the install command; exit 2, nothing written", async () => {
      const sdk = path.join(outside, "sdk");
      const install = "install it in the project: npm install --save-dev prettier";
      const generated = await runCliAt(["generate", "--spec", SPEC, "--out", sdk, "--formatter", "prettier"], outside);
      expect(generated).toEqual({
        code: 2,
        stdout: "",
        stderr: `specgen: error: --formatter prettier: no prettier package found from ${sdk} upward; ${install}\n`,
      });
      expect(await readTree(outside)).toEqual([]);
      // An output formatted elsewhere: check needs the same Prettier to replay it.
      await mkdir(sdk);
      await writeFile(
        path.join(sdk, MANIFEST),
        JSON.stringify({ generator: "specgen", options: { types: { formatter: "prettier" } }, outputs: { types: [] } }),
      );
      // Run from another folder, which is searched too.
      const elsewhere = path.join(outside, "elsewhere");
      await mkdir(elsewhere);
      expect(await runCliAt(["check", "--spec", SPEC, "--out", sdk], elsewhere)).toEqual({
        code: 2,
        stdout: "",
        stderr: `specgen: error: --formatter prettier: no prettier package found from ${sdk} or ${elsewhere} upward; ${install}\n`,
      });
    });
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
