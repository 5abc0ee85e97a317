// The hand-written peer schemas of the validators benchmark (bench/peers/chat-request.js) must
// keep the verdicts of spec/openapi.yaml's CreateChatCompletionRequest: on the benchmark's
// payloads, and on one change per constraint the payloads do not exercise.
import { describe, expect, it } from "vitest";
import { peers } from "../../bench/peers/chat-request.js";
import { payloads, validRequest } from "../../bench/peers/payloads.js";

const withMessage = (change: Record<string, unknown>, drop?: string): Record<string, unknown> => {
  const message: Record<string, unknown> = { ...validRequest.messages[1], ...change };
  if (drop !== undefined) delete message[drop];
  return { ...validRequest, messages: [validRequest.messages[0], message] };
};
const without = (key: string): Record<string, unknown> => {
  const copy: Record<string, unknown> = { ...validRequest };
  delete copy[key];
  return copy;
};

const cases: readonly (readonly [string, unknown, boolean])[] = [
  ...payloads.map((p) => [p.detail ?? p.name, p.value, p.valid] as const),
  [
    "every optional property null",
    {
      ...validRequest,
      ...Object.fromEntries(
        [
          "frequency_penalty",
          "functions",
          "logit_bias",
          "max_tokens",
          "n",
          "presence_penalty",
          "seed",
          "stop",
          "stream",
          "temperature",
          "tools",
          "top_p",
          "user",
        ].map((k) => [k, null]),
      ),
    },
    true,
  ],
  [
    "only model and messages, unknown keys",
    { model: "m", messages: [{ role: "any role", content: "", extra: [1] }], extra: { a: 1 } },
    true,
  ],
  [
    "bounds included",
    {
      ...validRequest,
      temperature: 2,
      top_p: 0,
      frequency_penalty: -2,
      presence_penalty: 2,
      n: 1,
      max_tokens: 2 ** 31 - 1,
      stop: ["a", "b", "c", "d"],
    },
    true,
  ],
  ["no model", without("model"), false],
  ["no messages", without("messages"), false],
  ["messages not an array", { ...validRequest, messages: {} }, false],
  ["message without role", withMessage({}, "role"), false],
  ["message role not a string", withMessage({ role: 1 }), false],
  ["message name a number", withMessage({ name: 7 }), false],
  ["model a number", { ...validRequest, model: 1 }, false],
  ["top_p 1.5", { ...validRequest, top_p: 1.5 }, false],
  ["temperature -0.1", { ...validRequest, temperature: -0.1 }, false],
  ["frequency_penalty -3", { ...validRequest, frequency_penalty: -3 }, false],
  ["presence_penalty 2.5", { ...validRequest, presence_penalty: 2.5 }, false],
  ["n 0", { ...validRequest, n: 0 }, false],
  ["n 1.5", { ...validRequest, n: 1.5 }, false],
  ["max_tokens 2^31 (int32)", { ...validRequest, max_tokens: 2 ** 31 }, false],
  ["seed 1.5", { ...validRequest, seed: 1.5 }, false],
  ["five stop sequences", { ...validRequest, stop: ["a", "b", "c", "d", "e"] }, false],
  ["stop a string", { ...validRequest, stop: "a" }, false],
  ["logit_bias value a string", { ...validRequest, logit_bias: { "50256": "-100" } }, false],
  ["stream a string", { ...validRequest, stream: "no" }, false],
  ["tools an object", { ...validRequest, tools: {} }, false],
  ["user a number", { ...validRequest, user: 5 }, false],
  ["not an object", [validRequest], false],
];

describe.each(peers)("$name", (peer) => {
  it.each(cases.map(([name, value, valid]) => ({ name, value, valid })))("$name: valid $valid", ({ value, valid }) => {
    expect(peer.check(value)).toBe(valid);
  });
});
