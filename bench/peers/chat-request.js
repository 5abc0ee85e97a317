// CreateChatCompletionRequest of spec/openapi.yaml written by hand for zod 4, valibot 1 and
// TypeBox, for the validators benchmark. It is ChatCompletionRequest (allOf with a `stream` that
// repeats the same `boolean | null`): every property optional and nullable except `model` and
// `messages`, no additionalProperties in the spec (so unknown keys are allowed: loose objects).
// `tools`, `functions` items, `tool_choice`, `function_call` and `response_format` have no schema.
// Properties are in the spec's (alphabetical) order, the order Ajv and ours check them in, so
// that first-failure timings compare the same work. Formats: int32 = integer in [-2^31, 2^31-1];
// int64 = integer (zod's z.int() also caps it at 2^53, which no payload of ours reaches); float
// adds nothing.
// tests/bench/validators-peers.test.ts pins the verdicts on the benchmark's payloads.
import { Type } from "@sinclair/typebox";
import { TypeCompiler } from "@sinclair/typebox/compiler";
import * as v from "valibot";
import { z } from "zod";

const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };

// ---- zod 4

const zodMessage = z.looseObject({
  content: z.string(),
  name: z.string().nullish(),
  role: z.string(),
});

const zodPenalty = z.number().min(-2).max(2).nullish();

export const zodChatRequest = z.looseObject({
  frequency_penalty: zodPenalty,
  function_call: z.unknown().optional(),
  functions: z.array(z.unknown()).nullish(),
  logit_bias: z.record(z.string(), z.number()).nullish(),
  max_tokens: z.int32().nullish(),
  messages: z.array(zodMessage),
  model: z.string(),
  n: z.int32().min(1).nullish(),
  presence_penalty: zodPenalty,
  response_format: z.unknown().optional(),
  seed: z.int().nullish(),
  stop: z.array(z.string()).max(4).nullish(),
  stream: z.boolean().nullish(),
  temperature: z.number().min(0).max(2).nullish(),
  tool_choice: z.unknown().optional(),
  tools: z.array(z.unknown()).nullish(),
  top_p: z.number().min(0).max(1).nullish(),
  user: z.string().nullish(),
});

// ---- valibot 1

const vInt32 = v.pipe(v.number(), v.integer(), v.minValue(INT32.min), v.maxValue(INT32.max));
const vPenalty = v.nullish(v.pipe(v.number(), v.minValue(-2), v.maxValue(2)));

const valibotMessage = v.looseObject({
  content: v.string(),
  name: v.nullish(v.string()),
  role: v.string(),
});

export const valibotChatRequest = v.looseObject({
  frequency_penalty: vPenalty,
  function_call: v.optional(v.unknown()),
  functions: v.nullish(v.array(v.unknown())),
  logit_bias: v.nullish(v.record(v.string(), v.number())),
  max_tokens: v.nullish(vInt32),
  messages: v.array(valibotMessage),
  model: v.string(),
  n: v.nullish(v.pipe(vInt32, v.minValue(1))),
  presence_penalty: vPenalty,
  response_format: v.optional(v.unknown()),
  seed: v.nullish(v.pipe(v.number(), v.integer())),
  stop: v.nullish(v.pipe(v.array(v.string()), v.maxLength(4))),
  stream: v.nullish(v.boolean()),
  temperature: v.nullish(v.pipe(v.number(), v.minValue(0), v.maxValue(2))),
  tool_choice: v.optional(v.unknown()),
  tools: v.nullish(v.array(v.unknown())),
  top_p: v.nullish(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
  user: v.nullish(v.string()),
});

// ---- TypeBox (Type.Object allows unknown keys unless told otherwise)

const nullable = (schema) => Type.Optional(Type.Union([schema, Type.Null()]));
const tbInt32 = (extra = {}) => Type.Integer({ minimum: INT32.min, maximum: INT32.max, ...extra });
const tbPenalty = nullable(Type.Number({ minimum: -2, maximum: 2 }));

const typeboxMessage = Type.Object({
  content: Type.String(),
  name: nullable(Type.String()),
  role: Type.String(),
});

export const typeboxChatRequest = Type.Object({
  frequency_penalty: tbPenalty,
  function_call: Type.Optional(Type.Unknown()),
  functions: nullable(Type.Array(Type.Unknown())),
  logit_bias: nullable(Type.Record(Type.String(), Type.Number())),
  max_tokens: nullable(tbInt32()),
  messages: Type.Array(typeboxMessage),
  model: Type.String(),
  n: nullable(tbInt32({ minimum: 1 })),
  presence_penalty: tbPenalty,
  response_format: Type.Optional(Type.Unknown()),
  seed: nullable(Type.Integer()),
  stop: nullable(Type.Array(Type.String(), { maxItems: 4 })),
  stream: nullable(Type.Boolean()),
  temperature: nullable(Type.Number({ minimum: 0, maximum: 2 })),
  tool_choice: Type.Optional(Type.Unknown()),
  tools: nullable(Type.Array(Type.Unknown())),
  top_p: nullable(Type.Number({ minimum: 0, maximum: 1 })),
  user: nullable(Type.String()),
});

export const typeboxChatRequestCheck = TypeCompiler.Compile(typeboxChatRequest);

/** Each peer as a name and a verdict function, in table order. */
export const peers = [
  { name: "zod 4 (safeParse)", check: (value) => zodChatRequest.safeParse(value).success },
  { name: "valibot 1 (safeParse)", check: (value) => v.safeParse(valibotChatRequest, value).success },
  { name: "TypeBox (TypeCompiler Check)", check: (value) => typeboxChatRequestCheck.Check(value) },
];
