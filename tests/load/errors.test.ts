import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSpec, loadSpecText } from "../../generator/load/index.js";
import { buildModel } from "../../generator/model/build.js";
import { SpecError } from "../../generator/errors.js";
import { tempDir } from "../helpers/tmp.js";

async function loadError(text: string, file = "spec.yaml"): Promise<SpecError> {
  try {
    buildModel(await loadSpecText(text, file));
  } catch (error) {
    if (error instanceof SpecError) return error;
    throw error;
  }
  throw new Error("expected a SpecError");
}

const HEAD = `openapi: 3.1.0\ninfo:\n  title: t\n  version: "1"\npaths: {}\n`;

describe("load errors name the file, the pointer and the line", () => {
  it("malformed YAML", async () => {
    const error = await loadError(
      `${HEAD}components:\n  schemas:\n    A:\n      type: [string\n      description: x\n`,
    );
    expect(error.code).toBe("PARSE");
    expect(error.location.file).toBe("spec.yaml");
    expect(error.location.line).toBeGreaterThanOrEqual(9);
    expect(error.format()).toMatch(/^spec\.yaml:\d+: malformed YAML: /);
  });

  it("malformed JSON", async () => {
    const error = await loadError(`{\n  "openapi": "3.1.0",\n  "info": {,}\n}`, "spec.json");
    expect(error.code).toBe("PARSE");
    expect(error.location.line).toBe(3);
  });

  it("a dangling $ref", async () => {
    const error = await loadError(
      `${HEAD}components:\n  schemas:\n    A:\n      type: object\n      properties:\n        b:\n          $ref: '#/components/schemas/Missing'\n`,
    );
    expect(error.code).toBe("DANGLING_REF");
    expect(error.location.pointer).toBe("/components/schemas/A/properties/b/$ref");
    expect(error.location.line).toBe(12);
    expect(error.format()).toBe(
      `spec.yaml:12 #/components/schemas/A/properties/b/$ref: $ref "#/components/schemas/Missing" points to nothing`,
    );
  });

  it("a property name holding %41 or ~ is located at its own line (our pointers are not URI fragments)", async () => {
    const error = await loadError(
      `${HEAD}components:\n  schemas:\n    A:\n      type: object\n      properties:\n        ok:\n          type: string\n        "a%41~/":\n          $ref: '#/components/schemas/Missing'\n`,
    );
    expect(error.location.pointer).toBe("/components/schemas/A/properties/a%41~0~1/$ref");
    expect(error.location.line).toBe(14);
  });

  it("a $ref chain that only leads back to itself", async () => {
    const error = await loadError(
      `${HEAD}components:\n  schemas:\n    A:\n      $ref: '#/components/schemas/B'\n    B:\n      $ref: '#/components/schemas/A'\n`,
    );
    expect(error.code).toBe("REF_CYCLE");
    expect(error.location.pointer).toBe("/components/schemas/A/$ref");
  });

  it("a recursive object is fine", async () => {
    const model = buildModel(
      await loadSpecText(
        `${HEAD}components:\n  schemas:\n    Node:\n      type: object\n      properties:\n        next:\n          $ref: '#/components/schemas/Node'\n`,
        "spec.yaml",
      ),
    );
    expect([...model.schemas.keys()]).toEqual(["Node"]);
  });

  it("a $ref inside an example value or a default is data, not a reference (as in GitHub's GHEC description)", async () => {
    const text = `${HEAD}components:\n  examples:\n    stats:\n      value:\n        - db: {$ref: 'server-statistics.yaml'}\n  schemas:\n    A:\n      type: object\n      example: {$ref: '#/nowhere'}\n      default: {$ref: 'other.yaml'}\n`;
    const model = buildModel(await loadSpecText(text, "spec.yaml"));
    expect(model.schemas.get("A")!.schema.examples[0]!.value).toEqual({ $ref: "#/nowhere" });
  });

  it("a file that is not OpenAPI", async () => {
    const error = await loadError(`name: my-package\nversion: 1.0.0\n`, "package.yaml");
    expect(error.code).toBe("NOT_OPENAPI");
    expect(error.format()).toBe(`package.yaml: not an OpenAPI 3 document: no "openapi" version field`);
  });

  it("Swagger 2.0 is named as such", async () => {
    const error = await loadError(`swagger: "2.0"\ninfo: {title: t, version: "1"}\npaths: {}\n`);
    expect(error.message).toContain("Swagger 2.0 is not supported");
  });

  it('a parameter without "in"', async () => {
    const error = await loadError(
      `openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get:\n      parameters:\n        - name: q\n          schema: {type: string}\n      responses:\n        "200": {description: ok}\n`,
    );
    expect(error.code).toBe("STRUCTURE");
    expect(error.location.pointer).toBe("/paths/~1a/get/parameters/0");
    expect(error.location.line).toBe(7);
    expect(error.message).toBe(`parameter "q" needs "in": one of path, query, header, cookie`);
  });

  it("a structural error found by the official OpenAPI schema: a media type's schema that is not a schema", async () => {
    const error = await loadError(
      `${HEAD.replace("paths: {}\n", "")}paths:\n  /a:\n    get:\n      responses:\n        "200":\n          description: ok\n          content:\n            application/json: []\n`,
    );
    expect(error.code).toBe("STRUCTURE");
    expect(error.location.pointer).toBe("/paths/~1a/get/responses/200/content/application~1json");
    expect(error.message).toBe(`not valid OpenAPI 3.1: must be object`);
  });

  it("slips the official schema rejects and no part of the model needs are warnings, removed (errors with --strict)", async () => {
    const text = `openapi: 3.0.3\ninfo: {title: t, version: "1"}\nsource: a stray field\npaths: {}\ncomponents:\n  schemas:\n    A:\n      type: string\n      pattern: 0\n      xml: {name: a, example: x}\n    B:\n      type: application/json\n`;
    const loaded = await loadSpecText(text, "spec.yaml");
    expect(loaded.warnings.map(({ pointer, line, message }) => [pointer, line, message])).toEqual([
      [
        "/components/schemas/B/type",
        12,
        `"application/json" is not a JSON Schema type; the schema is read without a type`,
      ],
      ["/source", 3, `not valid OpenAPI 3.0: unexpected field "source"; ignored`],
      ["/components/schemas/A/pattern", 9, `not valid OpenAPI 3.0: pattern must be string; ignored`],
      ["/components/schemas/A/xml/example", 10, `not valid OpenAPI 3.0: unexpected field "example"; ignored`],
    ]);
    expect(loaded.document).toEqual({
      openapi: "3.0.3",
      info: { title: "t", version: "1" },
      paths: {},
      components: { schemas: { A: { type: "string", xml: { name: "a" } }, B: {} } },
    });
    const strict = await loadSpecText(text, "spec.yaml", { strict: true }).catch((error: unknown) => error);
    expect((strict as SpecError).code).toBe("STRUCTURE");
    expect((strict as SpecError).message).toBe(`"application/json" is not a JSON Schema type (--strict)`);
  });

  it("a slip is not removed when the document stays invalid without it: the errors are the official schema's", async () => {
    const error = await loadError(`openapi: 3.0.3\ninfo: {title: t}\nsource: stray\npaths: {}\n`);
    expect(error.code).toBe("STRUCTURE");
    // Still an error: both are reported as the official schema words them.
    expect(error.message).toBe(`not valid OpenAPI 3.0: unexpected field "source"`);
  });

  it("an unknown keyword in a schema, with --strict", async () => {
    const text = `${HEAD}components:\n  schemas:\n    A:\n      type: object\n      requried: [a]\n`;
    expect((await loadSpecText(text, "spec.yaml")).warnings).toEqual([
      {
        code: "UNKNOWN_KEYWORD",
        file: "spec.yaml",
        pointer: "/components/schemas/A/requried",
        line: 10,
        message: `unknown keyword "requried" in a schema (did you mean "required"?); read as an annotation`,
      },
    ]);
    await expect(loadSpecText(text, "spec.yaml", { strict: true })).rejects.toMatchObject({
      code: "UNKNOWN_KEYWORD",
      location: { pointer: "/components/schemas/A/requried", line: 10 },
    });
  });

  it("a component name that cannot be a name", async () => {
    const error = await loadError(`${HEAD}components:\n  schemas:\n    "a b":\n      type: string\n`);
    expect(error.code).toBe("BAD_NAME");
  });

  it("a remote $ref is refused unless asked for", async () => {
    const error = await loadError(
      `${HEAD}components:\n  schemas:\n    A:\n      $ref: 'https://example.com/schemas.yaml#/A'\n`,
    );
    expect(error.code).toBe("REMOTE_REF");
    expect(error.message).toContain("--allow-remote");
  });

  it("a missing file", async () => {
    await expect(loadSpec("does/not/exist.yaml")).rejects.toMatchObject({ code: "IO" });
  });

  it("relative-file $refs are bundled", async () => {
    const dir = await tempDir("bundle");
    await writeFile(
      path.join(dir, "common.yaml"),
      "Money:\n  type: object\n  required: [amount]\n  properties:\n    amount: {type: integer}\n",
    );
    await writeFile(
      path.join(dir, "api.yaml"),
      `${HEAD}components:\n  schemas:\n    Price:\n      type: object\n      properties:\n        net:\n          $ref: './common.yaml#/Money'\n`,
    );
    const model = buildModel(await loadSpec(path.join(dir, "api.yaml")));
    const price = model.schemas.get("Price")!.schema;
    expect(price.kind).toBe("object");
    if (price.kind !== "object") return;
    const net = price.properties[0]!.schema;
    expect(net.kind === "ref" || net.kind === "object").toBe(true);
  });

  it("a dangling relative-file $ref", async () => {
    const dir = await tempDir("bundle");
    await writeFile(
      path.join(dir, "api.yaml"),
      `${HEAD}components:\n  schemas:\n    Price:\n      $ref: './missing.yaml#/Money'\n`,
    );
    await expect(loadSpec(path.join(dir, "api.yaml"))).rejects.toMatchObject({
      code: "DANGLING_REF",
      location: { pointer: "/components/schemas/Price/$ref" },
    });
  });
});
