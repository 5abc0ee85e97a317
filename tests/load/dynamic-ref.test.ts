import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
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

describe("$recursiveRef (JSON Schema 2019-09) in a component of a 3.1 document", () => {
  const RECURSIVE = path.join(FIXTURES, "load/recursive-ref.yaml");

  it("`#` is the component: a recursive type, no warning", async () => {
    const out = path.join(await tempDir("recursive-ref"), "out");
    const result = await runCli("generate", "--spec", RECURSIVE, "--out", out);
    expect(result).toMatchObject({ code: 0, stderr: expect.not.stringContaining("warning") });
    const tree = (await readTree(out)).find((file) => file.path === "models/components/tree.ts")!.contents;
    expect(tree).toContain("  children?: Tree[] | undefined;\n");
  });

  it("validates as Ajv 2020 does on the document as written (it compiles the component as the root `#` names)", async () => {
    const spec = await loadSpec(RECURSIVE);
    const written = { ...spec, document: YAML.parse(readFileSync(RECURSIVE, "utf8")) as Record<string, unknown> };
    expect(JSON.stringify(written.document)).toContain("$recursiveRef");
    const ajv = ajvReference(written, { allErrors: false });
    const compiled = await loadCompiledValidators(
      buildModel(spec),
      ["Tree"],
      path.join(await tempDir("recursive-ref"), "v"),
      esbuildTranspiler,
    );
    const isTree = compiled.module("Tree").isTree as (value: unknown) => boolean;
    const payloads = [{}, { children: [{ children: [] }, {}] }, { children: [1] }, { children: [{ children: 5 }] }, []];
    expect(payloads.map((payload) => [isTree(payload), ajv.at("/components/schemas/Tree")!(payload)])).toEqual([
      [true, true],
      [true, true],
      [false, false],
      [false, false],
      [false, false],
    ]);
  });

  it("naming another target than `#`, it is a keyword OpenAPI's dialects do not have: a warning", async () => {
    const dir = await tempDir("recursive-ref-other");
    const spec = path.join(dir, "openapi.yaml");
    await writeFile(
      spec,
      readFileSync(RECURSIVE, "utf8").replace('$recursiveRef: "#"', '$recursiveRef: "#/$defs/node"'),
    );
    const result = await runCli("generate", "--spec", spec, "--out", path.join(dir, "out"));
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      `unknown keyword "$recursiveRef" in a schema (JSON Schema 2019-09; OpenAPI 3.1 speaks 2020-12, where $dynamicRef took its place); read as an annotation`,
    );
  });
});
