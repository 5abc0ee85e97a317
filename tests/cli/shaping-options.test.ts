import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { REPO, SPEC } from "../helpers/paths.js";
import { runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";

/** generate, docs and check share one pipeline: what one writes with some options, check passes with none. */
describe("options that shape output, on generate, docs and check", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir("shaping");
  });
  const spec = ["--spec", SPEC];

  it("generate --only types, then a plain check passes; check --only docs finds the docs missing", async () => {
    const out = path.join(dir, "only-types");
    expect((await runCli("generate", ...spec, "--out", out, "--only", "types")).code).toBe(0);
    const plain = await runCli("check", ...spec, "--out", out);
    expect(plain.stdout).toMatch(/match the spec\n$/);
    expect(plain.code).toBe(0);
    const docs = await runCli("check", ...spec, "--out", out, "--only", "docs", "--format", "json");
    expect(docs.code).toBe(1);
    const report = JSON.parse(docs.stdout) as { drift: { path: string; status: string }[] };
    expect(
      report.drift.filter((file) => file.path.startsWith("docs/")).every((file) => file.status === "missing"),
    ).toBe(true);
  });

  it("generate --package and --front-matter are recorded per output; a plain check replays them, a different flag drifts", async () => {
    const out = path.join(dir, "package");
    expect((await runCli("generate", ...spec, "--out", out, "--package", "@acme/sdk", "--front-matter")).code).toBe(0);
    const manifest = JSON.parse(await readFile(path.join(out, ".specgen-manifest.json"), "utf8")) as {
      options: Record<string, Record<string, unknown>>;
    };
    expect(manifest.options).toEqual({
      docs: { frontMatter: true, packageName: "@acme/sdk" },
      examples: { packageName: "@acme/sdk" },
    });
    expect((await runCli("check", ...spec, "--out", out)).code).toBe(0);
    const other = await runCli("check", ...spec, "--out", out, "--package", "other", "--format", "json");
    expect(other.code).toBe(1);
    const drifted = (JSON.parse(other.stdout) as { drift: { path: string }[] }).drift.map((file) => file.path);
    expect(drifted).toContain("examples/chatcompletionrequest.ts");
    expect(drifted).toContain(".specgen-manifest.json");
    expect(drifted.some((file) => file.startsWith("models/") || file.startsWith("validators/"))).toBe(false);
  });

  it("generate --formats fast shapes the validators' runtime, is recorded, and a plain check replays it", async () => {
    const out = path.join(dir, "fast");
    expect((await runCli("generate", ...spec, "--out", out, "--formats", "fast")).code).toBe(0);
    const manifest = JSON.parse(await readFile(path.join(out, ".specgen-manifest.json"), "utf8")) as {
      options: Record<string, Record<string, unknown>>;
    };
    expect(manifest.options).toEqual({ validators: { formats: "fast" } });
    expect(await readFile(path.join(out, "validators/_runtime.ts"), "utf8")).not.toBe(
      await readFile(path.join(REPO, "generated/validators/_runtime.ts"), "utf8"),
    );
    expect((await runCli("check", ...spec, "--out", out)).code).toBe(0);
    const full = await runCli("check", ...spec, "--out", out, "--formats", "full", "--format", "json");
    expect((JSON.parse(full.stdout) as { drift: { path: string }[] }).drift.map((file) => file.path)).toEqual([
      ".specgen-manifest.json",
      "validators/_runtime.ts",
    ]);
  });

  it("generate --only types after a --front-matter run keeps the docs' recorded options", async () => {
    const out = path.join(dir, "carried");
    await runCli("generate", ...spec, "--out", out, "--front-matter");
    await runCli("generate", ...spec, "--out", out, "--only", "types");
    expect((await runCli("check", ...spec, "--out", out)).code).toBe(0);
  });

  it("docs --front-matter writes what generate writes under docs/, and check --out on the docs folder passes", async () => {
    const site = path.join(dir, "site");
    const generated = path.join(dir, "with-docs");
    expect((await runCli("docs", ...spec, "--out", site, "--front-matter")).code).toBe(0);
    expect((await runCli("generate", ...spec, "--out", generated, "--only", "docs", "--front-matter")).code).toBe(0);
    expect(await readFile(path.join(site, "index.md"), "utf8")).toBe(
      await readFile(path.join(generated, "docs/index.md"), "utf8"),
    );
    expect(await readFile(path.join(site, "index.md"), "utf8")).toMatch(/^---\ntitle: /);
    expect((await runCli("check", ...spec, "--out", site)).code).toBe(0);
  });

  describe("--templates", () => {
    it("a folder holding only the changed template: the rest comes from the bundled ones, and check replays it", async () => {
      const templates = path.join(dir, "templates");
      await mkdir(path.join(templates, "docs"), { recursive: true });
      const bundled = await readFile(path.join(REPO, "templates/docs/enum.md.tmpl"), "utf8");
      await writeFile(path.join(templates, "docs/enum.md.tmpl"), `<!-- custom -->\n${bundled}`);
      const out = path.join(dir, "templated");
      const generated = await runCli("generate", ...spec, "--out", out, "--only", "docs", "--templates", templates);
      expect(generated.stderr).not.toMatch(/error/);
      const enumPage = await readFile(path.join(out, "docs/models/components/finishreason.md"), "utf8");
      const objectPage = await readFile(path.join(out, "docs/models/components/chatcompletionrequest.md"), "utf8");
      expect(objectPage).toBe(
        await readFile(path.join(REPO, "generated/docs/models/components/chatcompletionrequest.md"), "utf8"),
      );
      expect(enumPage).toBe(
        `<!-- custom -->\n${await readFile(path.join(REPO, "generated/docs/models/components/finishreason.md"), "utf8")}`,
      );
      expect((await runCli("check", ...spec, "--out", out)).code).toBe(0);
      expect((await runCli("check", ...spec, "--out", out, "--templates", path.join(REPO, "templates"))).code).toBe(1);
    });

    it("an unknown slot is one line naming the file, line and the slots the template has; exit 2", async () => {
      const templates = path.join(dir, "bad-slot");
      await mkdir(path.join(templates, "snippets"), { recursive: true });
      await writeFile(path.join(templates, "snippets/curl.sh.tmpl"), "curl {{url}}\n  {{methd}}\n");
      const result = await runCli(
        "generate",
        ...spec,
        "--out",
        path.join(dir, "bad-slot-out"),
        "--templates",
        templates,
      );
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        `specgen: error: ${path.join(templates, "snippets/curl.sh.tmpl")}:2: unknown slot {{methd}} in template snippets/curl.sh.tmpl; its slots are method, url, headers, data\n`,
      );
    });

    it("a missing folder is one line on every command; exit 2", async () => {
      const missing = path.join(dir, "no-such-templates");
      for (const args of [
        ["generate", "--out", path.join(dir, "x")],
        ["docs", "--out", path.join(dir, "y")],
        ["check", "--out", path.join(REPO, "generated")],
      ]) {
        const result = await runCli(...args, ...spec, "--templates", missing);
        expect(result.code).toBe(2);
        expect(result.stderr).toBe(`specgen: error: --templates ${missing}: no such folder\n`);
      }
    });
  });

  it("check --out naming no folder says so in one line, exit 2", async () => {
    const missing = path.join(dir, "genrated");
    const result = await runCli("check", ...spec, "--out", missing);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      `specgen: error: --out ${missing}: no such folder; run specgen generate --out ${missing} first\n`,
    );
  });
});
