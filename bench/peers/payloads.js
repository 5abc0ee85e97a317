// The CreateChatCompletionRequest payloads of the validators benchmark, in wire form (snake_case
// JSON). Under spec/openapi.yaml `messages` items are ChatCompletionMessage (`role` and `content`
// required strings, `name` string or null, any other key allowed), while `tools`,
// `tool_choice` and `response_format` accept any JSON value.

const tokenIds = [
  "50256",
  "198",
  "628",
  "1734",
  "11",
  "13",
  "25",
  "30",
  "40",
  "257",
  "262",
  "286",
  "290",
  "318",
  "326",
  "340",
  "351",
  "373",
  "379",
  "416",
];

/** A realistic request: seven messages of four roles, two tools, a tool call and its results. */
export const validRequest = {
  model: "meta-llama/Llama-3.3-70B-Instruct",
  messages: [
    { role: "system", content: "You are a concise assistant. Answer in JSON that matches the given schema." },
    { role: "user", name: "john_doe", content: "What is the weather in Paris and in Berlin right now?" },
    {
      role: "assistant",
      content: "",
      tool_calls: [
        {
          id: "call_abc123",
          type: "function",
          function: { name: "get_current_weather", arguments: '{"location": "Paris", "unit": "celsius"}' },
        },
        {
          id: "call_def456",
          type: "function",
          function: { name: "get_current_weather", arguments: '{"location": "Berlin", "unit": "celsius"}' },
        },
      ],
    },
    { role: "tool", tool_call_id: "call_abc123", content: '{"temperature": 22, "unit": "celsius", "sky": "sunny"}' },
    { role: "tool", tool_call_id: "call_def456", content: '{"temperature": 17, "unit": "celsius", "sky": "cloudy"}' },
    { role: "assistant", name: null, content: "Paris: sunny, 22 °C. Berlin: cloudy, 17 °C." },
    { role: "user", name: "john_doe", content: "And what will it be like tomorrow in Paris?" },
  ],
  tools: [
    {
      type: "function",
      function: {
        name: "get_current_weather",
        description: "Get the current weather in a given city.",
        parameters: {
          type: "object",
          properties: {
            location: { type: "string", description: "The city to report on, for example Paris." },
            unit: { type: "string", enum: ["celsius", "fahrenheit"] },
          },
          required: ["location"],
        },
      },
    },
    {
      type: "function",
      function: {
        name: "get_forecast",
        description: "Get the weather forecast for the next days in a given city.",
        parameters: {
          type: "object",
          properties: {
            location: { type: "string" },
            days: { type: "integer", description: "How many days ahead, 1 to 7." },
          },
          required: ["location", "days"],
        },
        strict: true,
      },
    },
  ],
  tool_choice: "auto",
  response_format: {
    type: "json_schema",
    json_schema: {
      name: "weather_report",
      description: "A weather report for one city.",
      schema: {
        type: "object",
        properties: { city: { type: "string" }, temperature: { type: "number" }, sky: { type: "string" } },
        required: ["city", "temperature"],
      },
      strict: true,
    },
  },
  logit_bias: Object.fromEntries(tokenIds.map((id, i) => [id, i % 2 === 0 ? -100 : i - 10])),
  stop: ["\n\nUser:", "</answer>", "<|eot_id|>"],
  temperature: 0.7,
  top_p: 0.95,
  max_tokens: 1024,
  n: 1,
  presence_penalty: 0,
  frequency_penalty: 0.5,
  seed: 42,
  stream: false,
  user: "user-1234",
};

const messages = validRequest.messages.slice();
messages[2] = { ...messages[2], content: null };

/** Invalid deep in `messages`: the assistant's tool-call message has `content: null`, as OpenAI clients send it. */
export const invalidMessageContent = { ...validRequest, messages };

/** Invalid at the top level: `temperature` above its maximum of 2. */
export const invalidTemperature = { ...validRequest, temperature: 2.5 };

const manyMessages = messages.slice();
manyMessages[5] = { name: null, content: validRequest.messages[5].content };

/**
 * Invalid in five places, for the all-errors path: `messages[2].content` null, `messages[5]`
 * without its `role`, `stop[1]` a number, `temperature` 2.5, `top_p` a string.
 */
export const invalidSeveral = {
  ...validRequest,
  messages: manyMessages,
  stop: ["\n\nUser:", 7],
  temperature: 2.5,
  top_p: "0.95",
};

/** The payloads in table order, with the verdict every validator must give. */
export const payloads = [
  { name: "valid", value: validRequest, valid: true },
  { name: "invalid 1", detail: "messages[2].content is null", value: invalidMessageContent, valid: false },
  { name: "invalid 2", detail: "temperature 2.5 > maximum 2", value: invalidTemperature, valid: false },
  {
    name: "invalid 3",
    detail:
      "five errors: messages[2].content null, messages[5] without role, stop[1] 7, temperature 2.5, top_p a string",
    value: invalidSeveral,
    valid: false,
  },
];
