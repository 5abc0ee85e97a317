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

  // A free-form slot (`extra` here, an open key) is checked for its JSON type and not walked
  // into, as Ajv does: JSON.parse cannot build anything else. fromWire and toWire copy such
  // values, so they walk them and refuse what is not JSON all the way down.
  it("a 100,000-deep nested array, where any JSON value is allowed", () => {
    const payload = { ...valid, extra: nestedArrays(100_000) };
    expect(spec.is(REQUEST)(payload)).toBe(true);
    for (const convert of [spec.fromWire(REQUEST), spec.toWire(REQUEST)]) {
      const result = convert(payload);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.errors).toHaveLength(1);
        expect(result.errors[0]).toMatchObject({
          keyword: "depth",
          message: expect.stringContaining("deeper than 512 levels"),
        });
        expect(result.errors[0]!.pointer).toMatch(/^\/extra(\/0){512}$/);
      }
    }
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
    const payload = JSON.parse(
      '{"model":"m","messages":[],"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
    ) as unknown;
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

  const nonJsonScalars: [string, unknown][] = [
    ["a function", () => 1],
    ["NaN", NaN],
    ["Infinity", Infinity],
    ["a BigInt", 10n],
    ["undefined", undefined],
    ["a symbol", Symbol("s")],
  ];
  for (const [name, value] of nonJsonScalars) {
    // A property holding undefined is an absent property, for us as for JSON.stringify.
    if (name !== "undefined") {
      it(`${name} under a typed property and under an open key fails validation`, () => {
        for (const [key, payload] of [
          ["temperature", { ...valid, temperature: value }],
          ["extra", { ...valid, extra: value }],
        ] as const) {
          expect(spec.is(REQUEST)(payload)).toBe(false);
          const result = spec.validate(REQUEST)(payload, { allErrors: true });
          // Under a typed property the type fails; under an open key, being JSON (its description is `actual`).
          expect(result.ok ? [] : result.errors.map((error) => [error.pointer, error.keyword])).toEqual([
            [`/${key}`, key === "extra" ? "json" : "type"],
          ]);
        }
      });
    }
    it(`${name} inside a free-form value passes validation and fails fromWire and toWire at its pointer`, () => {
      const payload = { ...valid, extra: { list: [1, value] } };
      expect(spec.validate(REQUEST)(payload).ok).toBe(true);
      for (const convert of [spec.fromWire(REQUEST), spec.toWire(REQUEST)]) {
        const result = convert(payload);
        expect(result.ok ? [] : result.errors.map((error) => [error.pointer, error.keyword, error.message])).toEqual([
          ["/extra/list/1", "json", expect.stringMatching(/be a JSON value/)],
        ]);
      }
    });
  }

  it("undefined for a required property is a missing property", () => {
    const result = spec.validate(REQUEST)({ ...valid, model: undefined });
    expect(result.ok ? [] : result.errors.map((error) => [error.pointer, error.keyword])).toEqual([["", "required"]]);
  });

  it("cycles fail fromWire and toWire, and at a typed position fail validation", () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const result = spec.fromWire(REQUEST)({ ...valid, extra: cyclic });
    expect(result.ok ? [] : result.errors.map((error) => [error.pointer, error.keyword, error.message])).toEqual([
      ["/extra/self", "json", expect.stringMatching(/not contain itself \(a cycle\)/)],
    ]);
    expect(spec.toWire(REQUEST)({ ...valid, extra: cyclic }).ok).toBe(false);
    // A recursive schema walked along a cycle stops at the depth limit.
    const schema: Record<string, unknown> = { type: "array" };
    schema.items = schema;
    expect(spec.is("ParameterSchema")(schema)).toBe(false);
    const typed = spec.validate("ParameterSchema")(schema);
    expect(typed.ok ? [] : typed.errors.map((error) => error.keyword)).toEqual(["depth"]);
    // An error holds the value at fault, except where that value could not be handed back as JSON.
    expect(JSON.parse(JSON.stringify(typed))).toEqual({
      ok: false,
      errors: [expect.objectContaining({ keyword: "depth", actual: "object" })],
    });
    expect(JSON.stringify(result)).toContain("(a cycle)");
  });

  it("required names that Object.prototype also has must be own properties", async () => {
    const model = await modelOfDocument(
      documentWith({
        Proto: {
          type: "object",
          required: ["constructor", "toString"],
          properties: JSON.parse(
            '{"constructor":{"type":"string"},"toString":{"type":"string"},"__proto__":{"type":"integer"}}',
          ) as unknown,
          additionalProperties: false,
        },
      }),
    );
    const proto = await loadValidators(model, "validators-proto");
    expect(proto.is("Proto")({})).toBe(false);
    expect(proto.is("Proto")(JSON.parse('{"constructor":"c","toString":"t"}'))).toBe(true);
    expect(proto.is("Proto")(JSON.parse('{"constructor":"c","toString":"t","__proto__":1}'))).toBe(true);
    expect(proto.is("Proto")(JSON.parse('{"constructor":"c","toString":"t","__proto__":"x"}'))).toBe(false);
    const result = proto.validate("Proto")({ toString: "t" });
    expect(result.ok ? [] : result.errors.map((error) => [error.pointer, error.keyword])).toEqual([["", "required"]]);
  });
});
