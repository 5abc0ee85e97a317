import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../generator/cli/main.js";
import { loadSpec } from "../../generator/load/index.js";
import { FIXTURES } from "../helpers/paths.js";
import { tempDir } from "../helpers/tmp.js";

const LOAD = path.relative(process.cwd(), path.join(FIXTURES, "load"));
const fixture = (name: string): string => path.join(LOAD, name);

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text) });
  return { code, stdout, stderr };
}

const UNKNOWN = fixture("unknown-keywords.yaml");
const UNKNOWN_FINDINGS = [
  [10, "/components/schemas/Message/requried", `unknown keyword "requried" in a schema (did you mean "required"?)`],
  [14, "/components/schemas/Message/properties/role/optional", `unknown keyword "optional" in a schema`],
  [
    18,
    "/components/schemas/Message/properties/tags/min_items",
    `unknown keyword "min_items" in a schema (did you mean "minItems"?)`,
  ],
  [
    19,
    "/components/schemas/Message/properties/tags/max_items",
    `unknown keyword "max_items" in a schema (did you mean "maxItems"?)`,
  ],
] as const;

describe("unknown schema keywords are annotations", () => {
  it("generates, with a warning for each and a near miss named", async () => {
    const result = await run(
      "generate",
      "--spec",
      UNKNOWN,
      "--out",
      await tempDir("unknown"),
      "--only",
      "types,validators",
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      UNKNOWN_FINDINGS.map(
        ([line, pointer, message]) =>
          `warning UNKNOWN_KEYWORD ${UNKNOWN}:${line} #${pointer}: ${message}; read as an annotation\n`,
      ).join(""),
    );
  });

  it("--strict makes every one an error, all listed in one run, exit 2", async () => {
    for (const command of [
      ["generate", "--out", await tempDir("strict")],
      ["check", "--out", await tempDir("strict")],
      ["docs", "--out", await tempDir("strict")],
      ["validate", "--schema", "Message", UNKNOWN],
    ]) {
      const result = await run(...command, "--spec", UNKNOWN, "--strict");
      expect(result.code).toBe(2);
      const lines = UNKNOWN_FINDINGS.map(
        ([line, pointer, message]) => `specgen: error: ${UNKNOWN}:${line} #${pointer}: ${message} (--strict)\n`,
      );
      expect(result.stderr).toBe(lines.join(""));
    }
  });

  it("diff --strict refuses either side with one", async () => {
    const result = await run("diff", UNKNOWN, fixture("license-name-only.yaml"), "--strict");
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n")[0]).toBe(
      `specgen: error: ${UNKNOWN}:10 #/components/schemas/Message/requried: unknown keyword "requried" in a schema (did you mean "required"?) (--strict)`,
    );
  });
});

describe("every problem of a document in one run", () => {
  it("lists each on its line, exit 2", async () => {
    const file = fixture("many-problems.yaml");
    const result = await run("generate", "--spec", file, "--out", await tempDir("many"));
    expect(result.code).toBe(2);
    const errors = [
      `specgen: error: ${file}:17 #/paths/~1b/get/operationId: operationId "getThing" is also the id of GET /a: operation ids must be unique`,
      `specgen: error: ${file}:14 #/paths/~1a/get/responses/200/content/application~1json/schema/$ref: $ref "#/components/schemas/Missing" points to nothing`,
      `specgen: error: ${file}:28 #/components/schemas/Other/properties/next/$ref: $ref "#/components/schemas/Gone" points to nothing`,
    ];
    expect(result.stderr).toBe([...errors, ""].join("\n"));
    // The `type` that names no type is a warning (read without it), listed with the rest under --strict.
    const strict = await run("generate", "--spec", file, "--out", await tempDir("many"), "--strict");
    expect(strict.code).toBe(2);
    expect(strict.stderr).toBe(
      [
        ...errors,
        `specgen: error: ${file}:24 #/components/schemas/Thing/type: "strnig" (did you mean "string"?) is not a JSON Schema type (--strict)`,
        "",
      ].join("\n"),
    );
  });

  it("lists the first 50 and counts the rest", async () => {
    const properties = Object.fromEntries(
      Array.from({ length: 60 }, (_, i) => [`p${i}`, { $ref: `#/components/schemas/Gone${i}` }]),
    );
    const text = JSON.stringify({
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      components: { schemas: { A: { type: "object", properties } } },
    });
    const { loadSpecText } = await import("../../generator/load/index.js");
    const error = await loadSpecText(text, "many.json").then(
      () => undefined,
      (caught: unknown) => caught as { formatLines(): string[] },
    );
    const lines = error!.formatLines();
    expect(lines).toHaveLength(51);
    expect(lines[0]).toBe(
      `many.json:1 #/components/schemas/A/properties/p0/$ref: $ref "#/components/schemas/Gone0" points to nothing`,
    );
    expect(lines[50]).toBe("10 more problems not listed (the first 50 are)");
  });
});

describe("documents as editors and vendors write them", () => {
  it("JSON and YAML with a UTF-8 byte-order mark load alike", async () => {
    for (const name of ["bom.json", "bom.yaml"]) {
      const spec = await loadSpec(fixture(name));
      expect(spec.document.components).toEqual({ schemas: { Id: { type: "string" } } });
    }
  });

  it("a 3.1 license with only a name is valid (the official schema of 2025-11-23)", async () => {
    const spec = await loadSpec(fixture("license-name-only.yaml"));
    expect(spec.version).toBe("3.1");
    expect(spec.warnings).toEqual([]);
  });

  it("an OpenAPI 3.2 document with a streamed itemSchema generates like a 3.1 one", async () => {
    const out = await tempDir("oas32");
    const result = await run("generate", "--spec", fixture("openapi-3.2.yaml"), "--out", out);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/ for 3 schemas /);
    // Each item of a stream has a type, a validator and a page; an inline one is named after its operation.
    const written = await readFile(path.join(out, "models/components/createchatevent.ts"), "utf8");
    expect(written).toContain("export type CreateChatEvent = {\n  token: string;\n  done?: boolean | undefined;\n};\n");
    expect(await readFile(path.join(out, "validators/createchatevent.ts"), "utf8")).toContain(
      "export function isCreateChatEvent(",
    );
    expect(await readFile(path.join(out, "docs/operations/createchat.md"), "utf8")).toContain(
      "stream of [components.ChatEvent](../models/components/chatevent.md)<br/>stream of [components.CreateChatEvent](../models/components/createchatevent.md)",
    );
  });

  it("a 3.2 structural error is named by the 3.2 schema", async () => {
    const { loadSpecText } = await import("../../generator/load/index.js");
    await expect(
      loadSpecText(
        `openapi: 3.2.0\ninfo: {title: t}\npaths:\n  /a:\n    get:\n      responses:\n        "200": {description: ok}\n`,
        "x.yaml",
      ),
    ).rejects.toMatchObject({
      message: `not valid OpenAPI 3.2: missing required field "version"`,
      location: { file: "x.yaml", pointer: "/info", line: 2 },
    });
  });

  it("a field the 3.2 schema does not know is a warning, and removed", async () => {
    const { loadSpecText } = await import("../../generator/load/index.js");
    const text = `openapi: 3.2.0\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get:\n      responses:\n        "200": {description: ok, contnet: {}}\n`;
    const loaded = await loadSpecText(text, "x.yaml");
    expect(loaded.warnings).toEqual([
      {
        code: "STRUCTURE",
        message: `not valid OpenAPI 3.2: unexpected field "contnet"; ignored`,
        file: "x.yaml",
        pointer: "/paths/~1a/get/responses/200/contnet",
        line: 7,
      },
    ]);
    expect(loaded.document).toMatchObject({ paths: { "/a": { get: { responses: { 200: { description: "ok" } } } } } });
    expect(
      "contnet" in
        (loaded.document.paths as Record<string, { get: { responses: Record<string, object> } }>)["/a"]!.get.responses[
          "200"
        ]!,
    ).toBe(false);
    await expect(loadSpecText(text, "x.yaml", { strict: true })).rejects.toMatchObject({
      message: `not valid OpenAPI 3.2: unexpected field "contnet" (--strict)`,
      location: { pointer: "/paths/~1a/get/responses/200/contnet", line: 7 },
    });
  });
});
