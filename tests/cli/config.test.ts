import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { Ajv } from "ajv";
import { beforeAll, describe, expect, it } from "vitest";
import { CHECK_FORMATS } from "../../generator/check/report.js";
import { AXES, FAIL_ON } from "../../generator/diff/report.js";
import { LEVELS } from "../../generator/diff/terms.js";
import { FORMAT_MODES } from "../../generator/emit/validators/formats.js";
import { OUTPUT_KINDS } from "../../generator/pipeline.js";
import { REPO, SPEC } from "../helpers/paths.js";
import { runCliAt as runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";

const SCHEMA = JSON.parse(await readFile(path.join(REPO, "specgen.config.schema.json"), "utf8")) as {
  properties: Record<string, { properties?: Record<string, { enum?: unknown[] }> }>;
};

describe("specgen.config.{json,yaml}", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir("config");
  });

  /** A project folder holding a config file, with a nested folder to run from. */
  async function project(name: string, file: string, text: string): Promise<{ root: string; nested: string }> {
    const root = path.join(dir, name);
    const nested = path.join(root, "a/b");
    await mkdir(nested, { recursive: true });
    await writeFile(path.join(root, file), text);
    return { root, nested };
  }

  it("is found upward from the working directory; its paths are relative to it; its section overrides the top level", async () => {
    const { root, nested } = await project(
      "yaml",
      "specgen.config.yaml",
      `# yaml-language-server: $schema=${path.join(REPO, "specgen.config.schema.json")}\nspec: ${SPEC}\npackage: "@top/sdk"\ndocs:\n  out: site/docs\n  frontMatter: true\n  package: "@docs/sdk"\n`,
    );
    const result = await runCli(["docs"], nested);
    expect(result.stderr).not.toMatch(/error/);
    expect(result.code).toBe(0);
    const page = await readFile(path.join(root, "site/docs/models/components/chatcompletionrequest.md"), "utf8");
    expect(page).toMatch(/^---\ntitle: "ChatCompletionRequest"\n/);
    expect(page).toContain('from "@docs/sdk/models/components"');
  });

  it("flags override it; --config names another file", async () => {
    const { root, nested } = await project(
      "json",
      "specgen.config.json",
      JSON.stringify({ spec: SPEC, frontMatter: true, docs: { out: "docs-from-config" } }),
    );
    const other = path.join(root, "other.json");
    await writeFile(other, JSON.stringify({ spec: SPEC, docs: { out: "docs-from-other" } }));
    expect((await runCli(["docs", "--front-matter=false", "--out", path.join(root, "flag-docs")], nested)).code).toBe(
      0,
    );
    expect(await readFile(path.join(root, "flag-docs/index.md"), "utf8")).not.toMatch(/^---/);
    expect((await runCli(["docs", "--config", other], nested)).code).toBe(0);
    expect(await readFile(path.join(root, "docs-from-other/index.md"), "utf8")).not.toMatch(/^---/);
  });

  it("a check reads it too: generate and check without flags agree", async () => {
    const { root, nested } = await project(
      "check",
      "specgen.config.json",
      JSON.stringify({ spec: SPEC, out: "sdk", only: ["examples"], package: "@acme/sdk" }),
    );
    expect((await runCli(["generate"], nested)).code).toBe(0);
    expect(await readFile(path.join(root, "sdk/examples/chatcompletionrequest.ts"), "utf8")).toContain(
      '"@acme/sdk/models/components"',
    );
    expect((await runCli(["check"], nested)).code).toBe(0);
  });

  it("an unknown key, a bad value or a missing --config file is one line naming the file and line; exit 2", async () => {
    const { root, nested } = await project("bad", "specgen.config.yaml", `spec: ${SPEC}\ncheck:\n  formt: github\n`);
    const unknown = await runCli(["check"], nested);
    expect(unknown).toMatchObject({ code: 2, stdout: "" });
    expect(unknown.stderr).toBe(
      `specgen: error: ${path.join(root, "specgen.config.yaml")}:3 #/check/formt: config: unknown key "formt" in check\n`,
    );
    await writeFile(path.join(root, "specgen.config.yaml"), `only: [types, typo]\n`);
    expect((await runCli(["generate"], nested)).stderr).toBe(
      `specgen: error: ${path.join(root, "specgen.config.yaml")}:1 #/only/1: config: only/1 must be one of "types", "validators", "examples", "docs"\n`,
    );
    await writeFile(path.join(root, "specgen.config.yaml"), `check:\n  format: xml\n`);
    expect((await runCli(["check"], nested)).stderr).toBe(
      `specgen: error: ${path.join(root, "specgen.config.yaml")}:2 #/check/format: config: check/format must be one of "text", "json", "github", "sarif"\n`,
    );
    const missing = await runCli(["docs", "--config", path.join(root, "nope.json")], nested);
    expect(missing).toMatchObject({
      code: 2,
      stderr: `specgen: error: ${path.join(root, "nope.json")}: cannot read the config file: ENOENT\n`,
    });
  });

  it("the JSON Schema is valid draft-07, and its choices are the CLI's", () => {
    const ajv = new Ajv({ strict: true, strictTypes: false });
    expect(ajv.validateSchema(SCHEMA)).toBe(true);
    expect(SCHEMA.properties["check"]!.properties!["format"]!.enum).toEqual([...CHECK_FORMATS]);
    expect(SCHEMA.properties["diff"]!.properties!["failOn"]!.enum).toEqual([...FAIL_ON]);
    expect(SCHEMA.properties["diff"]!.properties!["axis"]!.enum).toEqual([...AXES]);
    expect(SCHEMA.properties["diff"]!.properties!["level"]!.enum).toEqual([...LEVELS]);
    expect(SCHEMA.properties["generate"]!.properties!["formats"]!.enum).toEqual([...FORMAT_MODES]);
    expect((SCHEMA.properties["only"] as { oneOf: { items?: { enum: unknown[] } }[] }).oneOf[0]!.items!.enum).toEqual([
      ...OUTPUT_KINDS,
    ]);
  });

  it("every key of every section is an option of that command (strict yargs would refuse it otherwise)", async () => {
    const { nested } = await project("all-keys", "specgen.config.json", "{}");
    const file = path.join(path.dirname(path.dirname(nested)), "specgen.config.json");
    for (const command of ["generate", "docs", "check", "validate", "diff"]) {
      const keys = Object.keys(SCHEMA.properties[command]!.properties!);
      const result = await runCli([command, "--help"], nested);
      for (const key of keys)
        expect(result.stdout, `${command} --${key}`).toContain(
          `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
        );
      await writeFile(file, "{}");
    }
  });

  it("every option of every command can be set in its section (but --config, --help, --version and the one-off --write-ignore)", async () => {
    const { nested } = await project("all-options", "specgen.config.json", "{}");
    const oneOff = new Set(["config", "help", "version", "write-ignore"]);
    for (const command of ["generate", "docs", "check", "validate", "diff"]) {
      const { stdout } = await runCli([command, "--help"], nested);
      const flags = new Set([...stdout.matchAll(/^\s+(?:-\w, )?--([a-z-]+)/gm)].map((match) => match[1]!));
      expect(flags.size, command).toBeGreaterThan(8);
      const keys = Object.keys(SCHEMA.properties[command]!.properties!).map((key) =>
        key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`),
      );
      expect({ command, missing: [...flags].filter((flag) => !oneOff.has(flag) && !keys.includes(flag)) }).toEqual({
        command,
        missing: [],
      });
    }
  });
});
