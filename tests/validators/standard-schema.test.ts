import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { StandardSchemaV1 } from "@standard-schema/spec";
import { beforeAll, describe, expect, it } from "vitest";
import { emitTypes } from "../../generator/emit/models/index.js";
import { emitValidators } from "../../generator/emit/validators/index.js";
import { typecheckFiles } from "../../generator/verify/typecheck.js";
import { modelOfFile } from "../helpers/model.js";
import { SPEC } from "../helpers/paths.js";
import { loadValidators, type LoadedValidators } from "../helpers/validators.js";

/** What a library that accepts any Standard Schema does with one: it knows nothing else of it. */
async function parseWith<S extends StandardSchemaV1>(
  schema: S,
  value: unknown,
): Promise<StandardSchemaV1.Result<StandardSchemaV1.InferOutput<S>>> {
  return schema["~standard"].validate(value);
}

const request = {
  model: "m",
  messages: [{ role: "user", content: "hi" }],
  max_tokens: 10,
  logit_bias: { "50256": -100 },
};

describe("validators as Standard Schema v1", () => {
  let loaded: LoadedValidators;
  beforeAll(async () => {
    loaded = await loadValidators((await modelOfFile(SPEC)).model, "standard-schema", ["CreateChatCompletionRequest"]);
  });
  const schema = (name: string): StandardSchemaV1 =>
    loaded.module("CreateChatCompletionRequest")[name] as StandardSchemaV1;

  it("announces version 1 and its vendor", () => {
    expect(schema("wireSchemaCreateChatCompletionRequest")["~standard"]).toMatchObject({
      version: 1,
      vendor: "specgen",
    });
  });

  it("gives the value on success: the wire value, or the SDK value", async () => {
    expect(await parseWith(schema("wireSchemaCreateChatCompletionRequest"), request)).toEqual({ value: request });
    expect(await parseWith(schema("sdkSchemaCreateChatCompletionRequest"), request)).toEqual({
      value: { model: "m", messages: [{ role: "user", content: "hi" }], maxTokens: 10, logitBias: { "50256": -100 } },
    });
  });

  it("gives every issue, with paths whose array indexes are numbers and whose keys are unescaped", async () => {
    const payload = {
      ...request,
      messages: [{ role: "user", content: "hi" }, { role: 7 }],
      logit_bias: { "a/b~c": "x" },
      temperature: 9,
    };
    const result = await parseWith(schema("sdkSchemaCreateChatCompletionRequest"), payload);
    expect(result.issues?.map((issue) => issue.path)).toEqual([
      ["logit_bias", "a/b~c"],
      ["messages", 1, "content"], // a missing property: its own path, not its parent's
      ["messages", 1, "role"],
      ["temperature"],
    ]);
    // The path is beside the message, where a form shows it: the message says what, not where.
    expect(result.issues?.[0]?.message).toBe('must be a number (got "x")');
  });
});

describe("Standard Schema types", () => {
  it("the generated schemas are assignable to @standard-schema/spec's interface, with the wire and SDK types as output", async () => {
    const { model } = await modelOfFile(SPEC);
    const spec = readFileSync(
      createRequire(import.meta.url)
        .resolve("@standard-schema/spec")
        .replace(/index\.c?js$/, "index.d.ts"),
      "utf8",
    );
    const consumer = `
import type { StandardSchemaV1 } from "./standard-schema.js";
import { sdkSchemaCreateChatCompletionRequest, wireSchemaCreateChatCompletionRequest, type CreateChatCompletionRequestWire } from "./validators/index.js";
import type { CreateChatCompletionRequest } from "./models/components/index.js";

export const wire: StandardSchemaV1<CreateChatCompletionRequestWire, CreateChatCompletionRequestWire> = wireSchemaCreateChatCompletionRequest;
export const sdk: StandardSchemaV1<CreateChatCompletionRequestWire, CreateChatCompletionRequest> = sdkSchemaCreateChatCompletionRequest;
type SdkOut = StandardSchemaV1.InferOutput<typeof sdkSchemaCreateChatCompletionRequest>;
export const ok: SdkOut = { model: "m", messages: [], maxTokens: 1 };
// @ts-expect-error the SDK output has camelCase names only
export const wrong: SdkOut = { model: "m", messages: [], max_tokens: 1 };
`;
    const files = [
      ...emitTypes(model).files,
      ...emitValidators(model).files,
      { path: "standard-schema.d.ts", contents: spec },
      { path: "consumer.ts", contents: consumer },
    ];
    expect(typecheckFiles(files)).toEqual([]);
  });
});
