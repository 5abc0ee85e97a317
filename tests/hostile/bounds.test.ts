import { readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCompiledValidators } from "../../generator/validate/compiled.js";
import { esbuildTranspiler } from "../helpers/esbuild-transpiler.js";
import { expectRefusal, runCli } from "../helpers/cli.js";
import { documentWith, modelOfDocument } from "../helpers/model.js";
import { FIXTURES, REPO } from "../helpers/paths.js";
import { readTree } from "../helpers/read-tree.js";
import { tempDir } from "../helpers/tmp.js";

const CRASH = path.relative(REPO, path.join(FIXTURES, "hostile/crash"));

/** `{"a":{"a":…1…}}`, `levels` deep, as text (JSON.stringify would itself recurse that deep). */
function nested(levels: number): string {
  return `${'{"a":'.repeat(levels)}1${"}".repeat(levels)}`;
}

describe("cycles through allOf/oneOf are found in the model, not by a stack overflow", () => {
  let out: string;
  beforeAll(async () => {
    out = path.join(await tempDir("cycles"), "out");
  });

  it("two schemas whose allOfs include each other", async () => {
    expectRefusal(
      await runCli("generate", "--spec", `${CRASH}/allof-cycle.yaml`, "--out", out),
      `${CRASH}/allof-cycle.yaml:13 #/components/schemas/B/allOf/0: schema A includes itself through allOf/oneOf/anyOf/not without nesting (A -> B -> A): no value can be checked against it`,
    );
  });

  it("a oneOf with a discriminator whose member's allOf points back to the union, in diff too", async () => {
    const line = `${CRASH}/discriminator-cycle.yaml:13 #/components/schemas/Cat/allOf/0: schema Pet includes itself through allOf/oneOf/anyOf/not without nesting (Pet -> Cat -> Pet): no value can be checked against it`;
    expectRefusal(await runCli("generate", "--spec", `${CRASH}/discriminator-cycle.yaml`, "--out", out), line);
    expectRefusal(await runCli("diff", `${CRASH}/discriminator-cycle.yaml`, `${CRASH}/discriminator-cycle.yaml`), line);
  });

  it("a recursion through a property is still fine", async () => {
    const model = await modelOfDocument(
      documentWith({
        Node: { type: "object", properties: { next: { allOf: [{ $ref: "#/components/schemas/Node" }] } } },
      }),
    );
    expect([...model.schemas.keys()]).toEqual(["Node"]);
  });
});

describe("bounds: depth, width and size, examples and extensions included", () => {
  let dir: string;
  let rel: string;
  beforeAll(async () => {
    dir = await tempDir("bounds");
    rel = path.relative(REPO, dir);
  });
  const write = async (name: string, schemas: string): Promise<string> => {
    await writeFile(
      path.join(dir, name),
      `{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{},"components":{"schemas":${schemas}}}`,
    );
    return `${rel}/${name}`;
  };

  it("an example value nested 20,000 levels: exit 2 with the pointer", async () => {
    const spec = await write("deep-example.json", `{"E":{"type":"object","example":${nested(20_000)}}}`);
    expectRefusal(
      await runCli("generate", "--spec", spec, "--out", path.join(dir, "out")),
      `${spec}:1 #/components/schemas/E/example/a/a/a/a/…/a/a/a: nested too deeply: more than 256 levels`,
    );
  });

  it("100,000 levels inside an x- extension: a warning, the extension skipped, no staging folder left", async () => {
    const spec = await write("deep-extension.json", `{"E":{"type":"string","x-deep":${nested(100_000)}}}`);
    const out = path.join(dir, "ext-out");
    const result = await runCli("generate", "--spec", spec, "--out", out, "--only", "types,validators");
    expect(result).toMatchObject({
      code: 0,
      stderr: `warning EXTENSION_SKIPPED ${spec}:1 #/components/schemas/E/x-deep: nested too deeply: more than 256 levels; the extension is ignored\n`,
    });
    expect((await readTree(out)).map((file) => file.path)).toContain("models/components/e.ts");
    expect((await readdir(dir)).filter((name) => name.includes("specgen-staging"))).toEqual([]);
  });

  it("with --strict, an oversized x- extension is an error like every other warning", async () => {
    const spec = await write("deep-extension-strict.json", `{"E":{"type":"string","x-deep":${nested(300)}}}`);
    expectRefusal(
      await runCli("generate", "--spec", spec, "--out", path.join(dir, "strict-out"), "--strict"),
      `${spec}:1 #/components/schemas/E/x-deep: nested too deeply: more than 256 levels (--strict)`,
    );
  });

  it("an x- key inside an example is data, not an extension: refused, not skipped", async () => {
    const spec = await write("deep-data.json", `{"E":{"type":"object","example":{"x-data":${nested(300)}}}}`);
    expectRefusal(
      await runCli("generate", "--spec", spec, "--out", path.join(dir, "out")),
      `${spec}:1 #/components/schemas/E/example/x-data/a/a/a/…/a/a/a: nested too deeply: more than 256 levels`,
    );
  });

  it("an object with more than 100,000 entries: exit 2 with the pointer", async () => {
    const spec = await write(
      "too-wide.json",
      `{"E":{"type":"object","example":{${Array.from({ length: 100_001 }, (_, i) => `"k${i}":1`).join(",")}}}}`,
    );
    expectRefusal(
      await runCli("generate", "--spec", spec, "--out", path.join(dir, "out")),
      `${spec}:1 #/components/schemas/E/example: 100001 entries in one object, more than 100000`,
    );
  });

  it("an object schema with 10,000 properties (a stack overflow before: one push(...) of every check) compiles to a validator that agrees on payloads", async () => {
    const properties: Record<string, unknown> = {};
    for (let i = 0; i < 10_000; i++) properties[`p${i}`] = { type: "string" };
    const model = await modelOfDocument(
      documentWith({ Wide: { type: "object", properties, required: Object.keys(properties) } }),
    );
    const compiled = await loadCompiledValidators(model, ["Wide"], path.join(dir, "wide"), esbuildTranspiler);
    const module = compiled.files.find((file) => file.path === "validators/wide.ts")!;
    // Two functions (check and report) test each required property.
    expect(module.contents.match(/ === undefined\) \{/g)).toHaveLength(2 * 10_000);
    const validate = compiled.module("Wide").validateWide as (value: unknown) => {
      ok: boolean;
      errors?: { pointer: string }[];
    };
    const payload: Record<string, unknown> = Object.fromEntries(Object.keys(properties).map((key) => [key, "x"]));
    expect(validate(payload).ok).toBe(true);
    payload.p9999 = 5;
    expect(validate(payload)).toMatchObject({ ok: false, errors: [{ pointer: "/p9999" }] });
  });
});
