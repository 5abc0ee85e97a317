import { beforeAll, describe, expect, it } from "vitest";
import { documentWith, modelOfDocument, modelOfFile } from "../helpers/model.js";
import { SPEC } from "../helpers/paths.js";
import { loadValidators, type LoadedValidators } from "../helpers/validators.js";

const REQUEST = "CreateChatCompletionRequest";
const valid = { model: "m", messages: [{ role: "user", content: "hi" }] };

function nestedArrays(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe("hostile payloads give validation errors, never a crash or a hang", () => {
  let spec: LoadedValidators;
  beforeAll(async () => {
    spec = await loadValidators((await modelOfFile(SPEC)).model, "validators-hostile");
  });

  it("a 100,000-deep nested array, where any JSON value is allowed", () => {
    const payload = { ...valid, extra: nestedArrays(100_000) };
    expect(spec.is(REQUEST)(payload)).toBe(false);
    const result = spec.validate(REQUEST)(payload);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ pointer: "/extra", keyword: "type" });
  });

  it("a 100,000-deep recursive schema instance", () => {
    let value: Record<string, unknown> = { type: "string" };
    for (let i = 0; i < 100_000; i++) value = { type: "array", items: value };
    expect(spec.is("ParameterSchema")(value)).toBe(false);
    const result = spec.validate("ParameterSchema")(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.keyword).toBe("depth");
  });

  it("__proto__ and constructor keys are plain unknown keys and pollute nothing", () => {
    const payload = JSON.parse('{"model":"m","messages":[],"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}') as unknown;
    expect(spec.validate(REQUEST)(payload).ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("a 50 MB string is checked, and the error does not quote it whole", () => {
    const big = "x".repeat(50 * 1024 * 1024);
    expect(spec.is(REQUEST)({ ...valid, model: big })).toBe(true);
    const result = spec.validate(REQUEST)({ ...valid, messages: big });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.message.length).toBeLessThan(200);
  });

  const nonJson: [string, unknown][] = [
    ["a function", () => 1],
    ["NaN", NaN],
    ["Infinity", Infinity],
    ["a BigInt", 10n],
    ["undefined inside an array", [undefined]],
    ["a symbol", Symbol("s")],
  ];
  for (const [name, value] of nonJson) {
    it(`${name} under a typed property and under an open key`, () => {
      for (const payload of [{ ...valid, temperature: value }, { ...valid, extra: value }]) {
        expect(spec.is(REQUEST)(payload)).toBe(false);
        const result = spec.validate(REQUEST)(payload, { allErrors: true });
        expect(result.ok).toBe(false);
      }
    });
  }

  it("cycles", () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    cyclic.again = cyclic;
    const message: Record<string, unknown> = { role: "user", content: "hi" };
    message.self = message;
    for (const payload of [{ ...valid, extra: cyclic }, { ...valid, messages: [message] }]) {
      expect(spec.is(REQUEST)(payload)).toBe(false);
      expect(spec.validate(REQUEST)(payload).ok).toBe(false);
    }
  });

  it("required names that Object.prototype also has must be own properties", async () => {
    const model = await modelOfDocument(documentWith({
      Proto: {
        type: "object",
        required: ["constructor", "toString"],
        properties: JSON.parse('{"constructor":{"type":"string"},"toString":{"type":"string"},"__proto__":{"type":"integer"}}') as unknown,
        additionalProperties: false,
      },
    }));
    const proto = await loadValidators(model, "validators-proto");
    expect(proto.is("Proto")({})).toBe(false);
    expect(proto.is("Proto")(JSON.parse('{"constructor":"c","toString":"t"}'))).toBe(true);
    expect(proto.is("Proto")(JSON.parse('{"constructor":"c","toString":"t","__proto__":1}'))).toBe(true);
    expect(proto.is("Proto")(JSON.parse('{"constructor":"c","toString":"t","__proto__":"x"}'))).toBe(false);
    const result = proto.validate("Proto")({ toString: "t" });
    expect(result.ok ? [] : result.errors.map((error) => [error.pointer, error.keyword])).toEqual([["", "required"]]);
  });
});
