import { cp, readFile, readdir, rm, writeFile, stat } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { REPO, SPEC } from "../helpers/paths.js";
import { tempDir } from "../helpers/tmp.js";
import { runCli } from "../helpers/cli.js";

const run = (args: string[]) => runCli(...args);

async function snapshot(dir: string, prefix = ""): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) Object.assign(out, await snapshot(dir, relative));
    else
      out[relative] =
        `${(await stat(path.join(dir, relative))).mtimeMs} ${await readFile(path.join(dir, relative), "utf8")}`;
  }
  return out;
}

describe("specgen check", () => {
  it("passes on the repository's own spec/ and generated/", async () => {
    const result = await run(["check", "--spec", SPEC, "--out", path.join(REPO, "generated")]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^specgen check: \d+ generated files in .*generated\/ match the spec\n$/);
  });

  describe("on a copy", () => {
    let dir: string;
    let spec: string;
    let out: string;
    beforeAll(async () => {
      dir = await tempDir("check");
      spec = path.join(dir, "openapi.yaml");
      out = path.join(dir, "generated");
      await cp(SPEC, spec);
      await cp(path.join(REPO, "generated"), out, { recursive: true });
    });

    const typesFiles = async () =>
      (JSON.parse(await readFile(path.join(out, ".specgen-manifest.json"), "utf8")) as { outputs: { types: string[] } })
        .outputs.types;

    it("exits 1 after a one-line spec edit, naming the files, and writes nothing", async () => {
      const text = await readFile(spec, "utf8");
      try {
        await editedSpecDrifts(text);
      } finally {
        await writeFile(spec, text);
      }
    });

    async function editedSpecDrifts(text: string): Promise<void> {
      await writeFile(
        spec,
        text.replace(
          "description: How many tokens a chat completion request consumed.",
          "description: How many tokens the request consumed.",
        ),
      );
      const before = await snapshot(out);
      const result = await run(["check", "--spec", spec, "--out", out, "--format", "json"]);
      expect(result.code).toBe(1);
      const report = JSON.parse(result.stdout) as {
        ok: boolean;
        drift: { path: string; status: string; file: string; line: number; patch: string }[];
      };
      expect(report.ok).toBe(false);
      const types = new Set(await typesFiles());
      expect(report.drift.filter((file) => types.has(file.path)).map((file) => [file.path, file.status])).toEqual([
        ["models/components/completionusage.ts", "changed"],
        ["openapi.d.ts", "changed"],
      ]);
      const usage = report.drift.find((file) => file.path === "models/components/completionusage.ts")!;
      expect(usage.patch).toContain(
        "\n- * How many tokens a chat completion request consumed.\n+ * How many tokens the request consumed.\n",
      );
      const lines = (await readFile(path.join(out, usage.path), "utf8")).split("\n");
      expect(lines[usage.line - 1]).toContain("How many tokens a chat completion request consumed.");
      expect(await snapshot(out)).toEqual(before);

      const text2 = await run(["check", "--spec", spec, "--out", out]);
      expect(text2.stdout).toContain(
        `${path.join(out, "models/components/completionusage.ts")} differs from what specgen generate would write\n--- a/models/components/completionusage.ts\n+++ b/models/components/completionusage.ts\n`,
      );
      expect(text2.stdout).toMatch(
        /specgen check: \d+ of \d+ generated files in .* drifted from the spec \(\d+ changed, 0 missing, 0 extra\); run specgen generate\n$/,
      );

      const github = await run(["check", "--spec", spec, "--out", out, "--format", "github"]);
      expect(github.stdout).toContain(
        `::error file=${path.join(out, "models/components/completionusage.ts")},line=${usage.line},title=specgen check::`,
      );
    }

    it("reports a missing file and a stale one, and ignores files specgen did not write", async () => {
      const manifestFile = path.join(out, ".specgen-manifest.json");
      const manifestBefore = await readFile(manifestFile, "utf8");
      const manifest = JSON.parse(manifestBefore) as { generator: string; outputs: Record<string, string[]> };
      manifest.outputs.types = [...manifest.outputs.types!, "models/components/removedschema.ts"].sort();
      // A manifest naming a file that is no longer generated: exactly what an old run leaves.
      await writeFile(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
      await writeFile(path.join(out, "models/components/removedschema.ts"), "export type RemovedSchema = string;\n");
      await writeFile(path.join(out, "models/components/my-own-helper.ts"), "export const mine = 1;\n");
      await rm(path.join(out, "models/components/finishreason.ts"));

      const result = await run(["check", "--spec", spec, "--out", out, "--format", "json"]);
      expect(result.code).toBe(1);
      const report = JSON.parse(result.stdout) as { drift: { path: string; status: string }[] };
      expect(report.drift.map((file) => [file.path, file.status])).toEqual([
        [".specgen-manifest.json", "changed"],
        ["models/components/finishreason.ts", "missing"],
        ["models/components/removedschema.ts", "extra"],
      ]);
      await writeFile(manifestFile, manifestBefore);
      await rm(path.join(out, "models/components/removedschema.ts"));
      await cp(
        path.join(REPO, "generated/models/components/finishreason.ts"),
        path.join(out, "models/components/finishreason.ts"),
      );
      const clean = await run(["check", "--spec", spec, "--out", out]);
      expect(clean.code).toBe(0);
    });

    it("a spec that fails to load is exit 2, not a pass", async () => {
      await writeFile(path.join(dir, "broken.yaml"), "openapi: 3.1.0\ninfo: [\n");
      const result = await run(["check", "--spec", path.join(dir, "broken.yaml"), "--out", out]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("malformed YAML");
    });
  });
});
