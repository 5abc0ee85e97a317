import { readFileSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../../generator/load/index.js";
import { buildModel } from "../../generator/model/build.js";
import { loadCompiledValidators } from "../../generator/validate/compiled.js";
import { ajvReference } from "../helpers/ajv-reference.js";
import { runCli } from "../helpers/cli.js";
import { esbuildTranspiler } from "../helpers/esbuild-transpiler.js";
import { FIXTURES } from "../helpers/paths.js";
import { readTree } from "../helpers/read-tree.js";
import { tempDir } from "../helpers/tmp.js";

const FIXTURE = path.join(FIXTURES, "load/dynamic-ref.yaml");

describe("$dynamicRef to the one $dynamicAnchor of its name", () => {
  it("is a recursive type, like a $ref", async () => {
    const out = path.join(await tempDir("dynamic-ref"), "out");
    expect((await runCli("generate", "--spec", FIXTURE, "--out", out)).code).toBe(0);
    const tree = (await readTree(out)).find((file) => file.path === "models/components/tree.ts")!.contents;
    expect(tree).toContain("  children?: Tree[] | undefined;\n");
  });

  it("validates as Ajv 2020 does on the document as written (with its $dynamicRef)", async () => {
    const spec = await loadSpec(FIXTURE);
    const model = buildModel(spec);
    // Ajv reads the file as written, not the loader's document, whose $dynamicRefs became $refs.
    const written = { ...spec, document: YAML.parse(readFileSync(FIXTURE, "utf8")) as Record<string, unknown> };
    expect(JSON.stringify(written.document)).toContain("$dynamicRef");
    const ajv = ajvReference(written, { allErrors: false });
    const compiled = await loadCompiledValidators(
      model,
      ["Tree", "Forest"],
      path.join(await tempDir("dynamic-ref"), "v"),
      esbuildTranspiler,
    );
    const payloads: [string, unknown][] = [
      ["Tree", { value: "a" }],
      ["Tree", { value: "a", children: [{ value: "b", children: [] }] }],
      ["Tree", { value: "a", children: [{ value: "toolong" }] }],
      ["Tree", { value: "a", children: [{ children: [] }] }],
      ["Tree", { value: "a", children: [1] }],
      ["Forest", [{ next: { next: {} } }]],
      ["Forest", [{ next: { next: 1 } }]],
    ];
    const verdicts = payloads.map(([name, payload]) => ({
      name,
      payload,
      ours: (compiled.module(name)[`is${name}`] as (value: unknown) => boolean)(payload),
      ajv: ajv.at(`/components/schemas/${name}`)!(payload),
    }));
    expect(verdicts.map(({ ours, ajv }) => [ours, ajv])).toEqual([
      [true, true],
      [true, true],
      [false, false],
      [false, false],
      [false, false],
      [true, true],
      [false, false],
    ]);
  });
});
