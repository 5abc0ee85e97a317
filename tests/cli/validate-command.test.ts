import { writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/tmp.js";
import { runCli } from "../helpers/cli.js";

const run = (args: string[]) => runCli(...args);

const INVALID = `{
  "model": "m",
  "messages": [
    { "role": "user", "content": "hi" },
    { "role": 7 }
  ],
  "temperature": 9
}
`;

/** `Order` reaches `Item` and an inline `note`; `Impossible` (an object whose enum holds a number) cannot be modelled. */
const ORDERS = `openapi: 3.1.0
info: { title: Orders, version: "1" }
paths: {}
components:
  schemas:
    Order:
      type: object
      required: [item]
      properties:
        item: { $ref: "#/components/schemas/Item" }
        note:
          type: object
          properties:
            text: { type: string, maxLength: 0 }
    Item:
      type: object
      properties:
        name: { type: string }
    Impossible:
      type: object
      enum: [1]
`;

describe("specgen validate", () => {
  let dir: string;
  const file = (name: string): string => path.join(dir, name);
  beforeAll(async () => {
    dir = await tempDir("validate-command");
    await writeFile(file("invalid.json"), INVALID);
    await writeFile(
      file("valid.json"),
      '{"model":"m","messages":[{"role":"user","content":"hi"}],"stop":["stop","halt"]}',
    );
    await writeFile(file("sdk.json"), '{"model":"m","messages":[],"maxTokens":"many"}');
    await writeFile(file("broken.json"), '{\n  "model": "m",\n  "messages": [,]\n}');
    await writeFile(file("orders.yaml"), ORDERS);
    await writeFile(file("order.json"), '{"item": {"name": 7}, "note": {"text": "x"}}');
  });

  it("prints every error with the payload's line, and exits 1", async () => {
    const result = await run([
      "validate",
      "--schema",
      "CreateChatCompletionRequest",
      file("invalid.json"),
      file("valid.json"),
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        `${file("invalid.json")}: invalid CreateChatCompletionRequest, 3 errors`,
        `${file("invalid.json")}:5: /messages/1 must have the property "content" (got object) [required]`,
        `${file("invalid.json")}:5: /messages/1/role must be a string (got 7) [type]`,
        `${file("invalid.json")}:7: /temperature must be <= 2 (got 9) [maximum]`,
        `${file("valid.json")}: valid CreateChatCompletionRequest`,
        "",
      ].join("\n"),
    );
  });

  it("exits 0 when every payload is valid; the TypeScript name or another case finds the schema", async () => {
    expect(await run(["validate", "--schema", "createchatcompletionrequest", file("valid.json")])).toEqual({
      code: 0,
      stdout: `${file("valid.json")}: valid CreateChatCompletionRequest\n`,
      stderr: "",
    });
  });

  it("--first-error stops at the first; --format json gives the verdicts whole", async () => {
    const result = await run([
      "validate",
      "--schema",
      "CreateChatCompletionRequest",
      "--first-error",
      "--format",
      "json",
      file("invalid.json"),
    ]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      schema: "CreateChatCompletionRequest",
      verdicts: [
        {
          file: file("invalid.json"),
          valid: false,
          errors: [
            {
              pointer: "/messages/1",
              keyword: "required",
              expected: "content",
              actual: "object",
              message: '/messages/1 must have the property "content" (got object)',
              line: 5,
            },
          ],
        },
      ],
    });
  });

  it("--sdk reads camelCase payloads and reports wire pointers", async () => {
    const result = await run(["validate", "--schema", "CreateChatCompletionRequest", "--sdk", file("sdk.json")]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      `${file("sdk.json")}: invalid CreateChatCompletionRequest, 1 error\n${file("sdk.json")}: /max_tokens must be an integer (got "many") [type]\n`,
    );
  });

  it("builds and compiles only the schemas the requested one reaches: a schema it does not reach cannot stop it", async () => {
    const result = await run([
      "validate",
      "--verbose",
      "--spec",
      file("orders.yaml"),
      "--schema",
      "Order",
      file("order.json"),
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        `${file("order.json")}: invalid Order, 2 errors`,
        `${file("order.json")}:1: /item/name must be a string (got 7) [type]`,
        `${file("order.json")}:1: /note/text must have at most 0 characters (got "x") [maxLength]`,
        "",
      ].join("\n"),
    );
    // Order, Item and the inline object hoisted as Order's `note`: not Impossible.
    expect(result.stderr).toMatch(
      /^specgen: compiling the validator of Order \(3 schemas\) and checking the payload: \d+ ms$/m,
    );
    // The schema that cannot be modelled is still refused when it is the one asked for…
    const impossible = await run([
      "validate",
      "--spec",
      file("orders.yaml"),
      "--schema",
      "impossible",
      file("order.json"),
    ]);
    expect(impossible.code).toBe(2);
    expect(impossible.stderr).toContain("enum value 1 is not an object, but the schema's type is object");
    // …and so is any name that is not a component's, which needs every schema named.
    const hoisted = await run(["validate", "--spec", file("orders.yaml"), "--schema", "NoteOrder", file("order.json")]);
    expect(hoisted.code).toBe(2);
    expect(hoisted.stderr).toContain("enum value 1 is not an object");
  });

  it("finds a schema hoisted out of another by the name it was given", async () => {
    const spec = file("orders-only.yaml");
    await writeFile(spec, ORDERS.slice(0, ORDERS.indexOf("    Impossible:")));
    await writeFile(file("note.json"), '{"text": "xy"}');
    expect(await run(["validate", "--spec", spec, "--schema", "NoteOrder", file("note.json")])).toEqual({
      code: 1,
      stdout: `${file("note.json")}: invalid NoteOrder, 1 error\n${file("note.json")}:1: /text must have at most 0 characters (got "xy") [maxLength]\n`,
      stderr: "",
    });
  });

  it("bad input exits 2 with one line: a payload that is not JSON, a missing file, an unknown schema", async () => {
    const broken = await run(["validate", "--schema", "CreateChatCompletionRequest", file("broken.json")]);
    expect(broken.code).toBe(2);
    // The reason is V8's words; the line and the one-line shape are ours.
    expect(broken.stderr.startsWith(`specgen: error: ${file("broken.json")}:3: malformed JSON: `)).toBe(true);
    expect(broken.stderr.split("\n")).toHaveLength(2);
    const missing = await run(["validate", "--schema", "CreateChatCompletionRequest", file("nope.json")]);
    expect(missing).toMatchObject({
      code: 2,
      stderr: `specgen: error: ${file("nope.json")}: cannot read the payload: ENOENT\n`,
    });
    const unknown = await run(["validate", "--schema", "ChatCompletion", file("valid.json")]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      'specgen: error: spec/openapi.yaml: no schema named "ChatCompletion"; did you mean ChatCompletionChoice, ChatCompletionChunk, ChatCompletionChunkChoice, ChatCompletionChunkDelta, ChatCompletionMessage?\n',
    );
  });
});
