import { beforeAll, describe, expect, it } from "vitest";
import { documentWith, modelOfDocument, modelOfFile } from "../helpers/model.js";
import { SPEC } from "../helpers/paths.js";
import { loadValidators, type LoadedValidators } from "../helpers/validators.js";

const REQUEST = "CreateChatCompletionRequest";

const wireRequest = {
  model: "meta-llama/Llama-3.3-70B-Instruct",
  messages: [
    { role: "system", content: "Be brief." },
    { role: "user", content: "Hi", name: "ann" },
  ],
  max_tokens: 100,
  logit_bias: { "50256": -100, "1234": 5 },
  stop: ["stop", "halt"],
  top_p: 0.5,
};

const wireResponse = {
  id: "chatcmpl-1",
  created: 1677652288,
  model: "m",
  system_fingerprint: null,
  choices: [
    {
      index: 0,
      finish_reason: "tool_calls",
      message: {
        role: "assistant",
        content: null,
        tool_calls: [{ id: "call_1", type: "function", function: { name: "lookup", arguments: "{}" } }],
      },
    },
  ],
  usage: { prompt_tokens: 9, completion_tokens: 12, total_tokens: 21, prompt_tokens_details: { cached_tokens: 0 } },
};

describe("toWire / fromWire (SDK camelCase ↔ wire snake_case)", () => {
  let spec: LoadedValidators;
  beforeAll(async () => {
    spec = await loadValidators((await modelOfFile(SPEC)).model, "wire-mapping");
  });

  it("fromWire renames properties, and leaves record keys (token ids) alone", () => {
    expect(spec.fromWire(REQUEST)(wireRequest)).toEqual({
      ok: true,
      value: {
        model: "meta-llama/Llama-3.3-70B-Instruct",
        messages: [
          { role: "system", content: "Be brief." },
          { role: "user", content: "Hi", name: "ann" },
        ],
        maxTokens: 100,
        logitBias: { "50256": -100, "1234": 5 },
        stop: ["stop", "halt"],
        topP: 0.5,
      },
    });
  });

  it("fromWire renames at every depth: through arrays, $refs, a oneOf with null, and an inline object", () => {
    const sdk = {
      id: "chatcmpl-1",
      created: 1677652288,
      model: "m",
      systemFingerprint: null,
      choices: [
        {
          index: 0,
          finishReason: "tool_calls",
          message: {
            role: "assistant",
            content: null,
            toolCalls: [{ id: "call_1", type: "function", function: { name: "lookup", arguments: "{}" } }],
          },
        },
      ],
      usage: { promptTokens: 9, completionTokens: 12, totalTokens: 21, promptTokensDetails: { cachedTokens: 0 } },
    };
    expect(spec.fromWire("ChatCompletionResponse")(wireResponse)).toEqual({ ok: true, value: sdk });
    expect(spec.toWire("ChatCompletionResponse")(sdk)).toEqual({ ok: true, value: wireResponse });
  });

  it("toWire gives back the wire form, and validates it", () => {
    const sdk = spec.fromWire(REQUEST)(wireRequest);
    if (!sdk.ok) throw new Error("fromWire failed");
    expect(spec.toWire(REQUEST)(sdk.value)).toEqual({ ok: true, value: wireRequest });
    const bad = spec.toWire(REQUEST)({ ...(sdk.value as object), maxTokens: "many", topP: 7 }, { allErrors: true });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.errors.map((error) => [error.pointer, error.keyword])).toEqual([
        ["/max_tokens", "type"],
        ["/top_p", "maximum"],
      ]);
  });

  it("fromWire refuses what validate refuses, with the same errors", () => {
    const payload = { ...wireRequest, messages: "hello", temperature: 5 };
    const expected = spec.validate(REQUEST)(payload, { allErrors: true });
    expect(expected.ok).toBe(false);
    expect(spec.fromWire(REQUEST)(payload, { allErrors: true })).toEqual(expected);
  });

  it("unknown keys are copied, never assigned: __proto__ stays an own key and pollutes nothing", () => {
    const payload = JSON.parse(
      '{"model":"m","messages":[],"__proto__":{"polluted":true},"extra":{"constructor":{"prototype":{"polluted":true}}}}',
    ) as object;
    const result = spec.fromWire(REQUEST)(payload);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const value = result.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const back = spec.toWire(REQUEST)(value);
    expect(back.ok && JSON.stringify(back.value)).toBe(JSON.stringify(payload));
  });

  it("the SDK value is a copy: changing it leaves the wire payload alone", () => {
    const payload = structuredClone(wireRequest);
    const result = spec.fromWire(REQUEST)(payload);
    if (!result.ok) throw new Error("fromWire failed");
    const value = result.value as { messages: { content: unknown }[]; logitBias: Record<string, number> };
    value.messages[0]!.content = "changed";
    value.logitBias["1"] = 1;
    expect(payload).toEqual(wireRequest);
  });
});

describe("toWire / fromWire through unions, allOf and recursion", () => {
  let loaded: LoadedValidators;
  beforeAll(async () => {
    const model = await modelOfDocument(
      documentWith({
        Pet: {
          oneOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }],
          discriminator: { propertyName: "pet_type" },
        },
        Cat: {
          type: "object",
          required: ["pet_type", "lives_left"],
          properties: { pet_type: { const: "Cat" }, lives_left: { type: "integer" } },
        },
        Dog: {
          type: "object",
          required: ["pet_type", "bark_volume"],
          properties: { pet_type: { const: "Dog" }, bark_volume: { type: "number" } },
        },
        Tree: {
          allOf: [
            { type: "object", properties: { node_label: { type: "string" } } },
            {
              type: "object",
              properties: { child_nodes: { type: "array", items: { $ref: "#/components/schemas/Tree" } } },
            },
          ],
        },
      }),
    );
    loaded = await loadValidators(model, "wire-mapping-shapes");
  });

  it("a union converts through the member that matches", () => {
    expect(loaded.fromWire("Pet")({ pet_type: "Dog", bark_volume: 3 })).toEqual({
      ok: true,
      value: { petType: "Dog", barkVolume: 3 },
    });
    expect(loaded.toWire("Pet")({ petType: "Cat", livesLeft: 9 })).toEqual({
      ok: true,
      value: { pet_type: "Cat", lives_left: 9 },
    });
  });

  it("allOf members merge, and a recursive schema converts at every level", () => {
    const wire = { node_label: "a", child_nodes: [{ node_label: "b", child_nodes: [{ node_label: "c" }] }] };
    const sdk = { nodeLabel: "a", childNodes: [{ nodeLabel: "b", childNodes: [{ nodeLabel: "c" }] }] };
    expect(loaded.fromWire("Tree")(wire)).toEqual({ ok: true, value: sdk });
    expect(loaded.toWire("Tree")(sdk)).toEqual({ ok: true, value: wire });
  });
});
