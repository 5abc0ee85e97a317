import { writeFile } from "node:fs/promises";
import path from "node:path";
import { Node, Project } from "ts-morph";
import { beforeAll, describe, expect, it } from "vitest";
import { STRICTEST_OPTIONS, typecheckFiles } from "../../generator/verify/typecheck.js";
import { FIXTURES, SPEC } from "../helpers/paths.js";
import { readTree } from "../helpers/read-tree.js";
import { runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";
import { expectGolden } from "../helpers/golden.js";

const run = runCli;

const HOSTILE = path.join(FIXTURES, "hostile");

/** One line, naming the file, no stack trace. */
function expectOneLineError(stderr: string, file: string): void {
  const lines = stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^specgen: error: ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe("hostile specs: a one-line error with file and pointer, exit 2, previous output untouched", () => {
  let out: string;
  let before: Awaited<ReturnType<typeof readTree>>;
  beforeAll(async () => {
    out = await tempDir("hostile");
    expect((await run("generate", "--spec", SPEC, "--out", out)).code).toBe(0);
    before = await readTree(out);
  });

  const cases: [string, RegExp][] = [
    ["malformed.yaml", /malformed\.yaml:12: malformed YAML: /],
    [
      "dangling.yaml",
      /dangling\.yaml:11 #\/paths\/~1things\/post\/requestBody\/content\/application~1json\/schema\/\$ref: \$ref "#\/components\/schemas\/Thing" points to nothing$/,
    ],
    ["cycle.yaml", /cycle\.yaml:7 #\/components\/schemas\/A\/\$ref: \$ref chain .* only leads back to itself$/],
    [
      "remote.yaml",
      /remote\.yaml:7 #\/components\/schemas\/Remote\/\$ref: remote \$ref .* refused; pass --allow-remote to fetch it$/,
    ],
    [
      "bad-name.yaml",
      /bad-name\.yaml:6 #\/components\/schemas\/\*~1 Weird Name: schema name "\*\/ Weird Name" is not allowed/,
    ],
  ];
  for (const [fixture, message] of cases) {
    it(fixture, async () => {
      const file = path.join(HOSTILE, fixture);
      const result = await run("generate", "--spec", file, "--out", out);
      expect(result.code).toBe(2);
      expectOneLineError(result.stderr, file);
      expect(result.stderr.trimEnd()).toMatch(message);
      expect(await readTree(out)).toEqual(before);
    });
  }

  for (const [label, text] of [
    [
      "JSON",
      `{"openapi":"3.1.0","info":{"title":"deep","version":"1"},"paths":{},"components":{"schemas":{"Deep":${'{"type":"object","properties":{"a":'.repeat(10_000)}{"type":"string"}${"}}".repeat(10_000)}}}}`,
    ],
    [
      "JSON items",
      `{"openapi":"3.1.0","info":{"title":"deep","version":"1"},"paths":{},"components":{"schemas":{"Deep":${'{"type":"array","items":'.repeat(10_000)}{"type":"string"}${"}".repeat(10_000)}}}}`,
    ],
    [
      "YAML",
      `openapi: 3.1.0\ninfo: {title: deep, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Deep: ${"{type: object, properties: {a: ".repeat(10_000)}{type: string}${"}}".repeat(10_000)}\n`,
    ],
  ] as const) {
    it(`a 10,000-deep nested schema (${label})`, async () => {
      const file = path.join(await tempDir("deep"), label.startsWith("JSON") ? "deep.json" : "deep.yaml");
      await writeFile(file, text);
      const result = await run("generate", "--spec", file, "--out", out);
      expect(result.code).toBe(2);
      expectOneLineError(result.stderr, file);
      expect(result.stderr).toMatch(/nested (more than 64 levels deep|too deeply)/);
      expect(await readTree(out)).toEqual(before);
    });
  }
});

describe("hostile text cannot inject code", () => {
  it("descriptions, examples and enum values with */, backticks, ${…}, </script>, | and line breaks", async () => {
    const out = await tempDir("injection");
    expect((await run("generate", "--spec", path.join(HOSTILE, "injection.yaml"), "--out", out)).code).toBe(0);
    const files = await readTree(out);
    expect(typecheckFiles(files, STRICTEST_OPTIONS)).toEqual([]);

    // Every module declares exactly what the model names, nothing a description smuggled in.
    const project = new Project({ useInMemoryFileSystem: true });
    const declared = new Set<string>();
    for (const file of files.filter(
      (f) => f.path.startsWith("models/components/") && f.path !== "models/components/index.ts",
    )) {
      const source = project.createSourceFile(file.path, file.contents);
      for (const name of source.getExportedDeclarations().keys()) declared.add(name);
      for (const statement of source.getStatements()) {
        expect(
          Node.isImportDeclaration(statement) ||
            Node.isTypeAliasDeclaration(statement) ||
            Node.isVariableStatement(statement),
        ).toBe(true);
      }
    }
    expect([...declared].sort()).toEqual(["Injection", "ModeInjection"]);
    for (const file of files.filter((f) => f.path.endsWith(".ts")))
      expect(file.contents).not.toMatch(/^\s*export const pwned/m);

    // The enum's values survive as data, byte for byte.
    const enumModule = project.getSourceFileOrThrow("models/components/modeinjection.ts");
    const values = enumModule
      .getVariableDeclarationOrThrow("ModeInjection")
      .getInitializerOrThrow()
      .getType()
      .getProperties()
      .map((symbol) => symbol.getValueDeclarationOrThrow().getType().getLiteralValue());
    expect(values).toEqual([
      '"; export const pwnedEnum = 1; //',
      "`${x}`",
      "</script>",
      "*/",
      "__proto__",
      "constructor",
    ]);
  });

  it("property names that are not identifiers, reserved words, and names that collide by case", async () => {
    const out = await tempDir("names");
    expect((await run("generate", "--spec", path.join(HOSTILE, "names.yaml"), "--out", out)).code).toBe(0);
    const files = await readTree(out);
    expect(typecheckFiles(files, STRICTEST_OPTIONS)).toEqual([]);
    const modules = files.map((file) => file.path).filter((p) => p.startsWith("models/components/"));
    expect(modules).toEqual([
      "models/components/class.ts",
      "models/components/index.ts",
      "models/components/odd.ts",
      "models/components/pet.ts",
      "models/components/pet2.ts",
      "models/components/pet3.ts",
      "models/components/recordmodel.ts",
      "models/components/schema123start.ts",
    ]);
    expectGolden(
      path.join(FIXTURES, "hostile/names.odd.ts.golden"),
      files.find((f) => f.path === "models/components/odd.ts")!.contents,
    );
  });
});
