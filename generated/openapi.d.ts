export interface paths {
    "/v1/chat/completions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create chat completion
         * @description Sends the conversation in `messages` to the chosen model and returns the whole reply in a
         *     single JSON document once generation has finished.
         *
         *     The `stream` field must be absent or `false`; use the streaming variant of this operation
         *     to receive the reply token by token.
         */
        post: operations["chat_completions_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chat/completions#stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create streamed chat completion
         * @description Same as creating a chat completion, but the reply is delivered as server-sent events while
         *     it is generated. Each event carries one chunk; the stream ends with the sentinel `[DONE]`.
         *
         *     The `stream` field must be `true`.
         */
        post: operations["chat_completions_create_stream"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/embeddings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create embeddings
         * @description Computes one embedding vector per input text with the chosen embedding model. The
         *     vectors are returned in the same order as the inputs.
         */
        post: operations["embeddings_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List models
         * @description Lists the models that are currently available on the network, in the OpenAI list format.
         */
        get: operations["models_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{conversation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get conversation
         * @description Returns a stored conversation with its full message history, oldest message first.
         */
        get: operations["conversations_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{conversation_id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add message to conversation
         * @description Appends one message to the end of a stored conversation and returns the conversation as it
         *     is afterwards. The message is validated against the schema of its `role`.
         *
         *     With `dry_run=true` the message is validated and the resulting conversation is returned,
         *     but nothing is stored.
         */
        post: operations["conversation_messages_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description What went wrong with a request, in a form both people and programs can use. */
        ApiError: {
            /**
             * @description A stable, machine-readable code for this particular error, if there is one.
             * @example invalid_value
             */
            code?: string | null;
            /**
             * Format: uri
             * @description A page that explains this error and how to avoid it.
             * @example https://docs.atoma.network/errors/invalid_value
             */
            doc_url?: string | null;
            /**
             * @description A human-readable explanation of the error.
             * @example temperature must be between 0 and 2, got 3.5
             */
            message: string;
            /**
             * @description The request field the error is about, if it concerns a single field.
             * @example temperature
             */
            param?: string | null;
            /**
             * Format: float
             * @description For rate-limit errors, how long to wait before trying again, in seconds.
             * @example 1.5
             */
            retry_after_seconds?: number | null;
            /**
             * @description The broad class of the error, such as `invalid_request_error` or `rate_limit_error`.
             * @example invalid_request_error
             */
            type: string;
        };
        /** @description A message written by the model, either as text or as calls to tools. */
        AssistantMessage: {
            /**
             * @description The text of the reply. Null when the model answered only with tool calls.
             * @example The weather in Paris is sunny and 22 degrees Celsius.
             */
            content?: string | null;
            /**
             * @deprecated
             * @description The single function the model asked to call. Superseded by `tool_calls`.
             */
            function_call?: {
                /** @description The arguments for the call, encoded as a JSON object in a string. */
                arguments: string;
                /** @description The name of the function to call. */
                name: string;
            };
            /**
             * @description An optional name for the assistant, to tell several assistants apart.
             * @example helper_bot
             */
            name?: string | null;
            /**
             * @description The role of the author, always `assistant`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            role: "assistant";
            /** @description The tool calls the model made, in the order it made them. */
            tool_calls?: components["schemas"]["ChatCompletionToolCall"][];
        };
        /** @description One alternative reply generated for a chat completion request. */
        ChatCompletionChoice: {
            /**
             * @description Why the model stopped generating this reply. Null while the reply is not complete.
             * @example stop
             */
            finish_reason?: null | components["schemas"]["FinishReason"];
            /**
             * Format: int32
             * @description The position of this choice in the list of choices, starting at 0.
             * @example 0
             */
            index: number;
            /** @description Log probabilities of the generated tokens, when they were requested. */
            logprobs?: unknown;
            /** @description The reply written by the model. */
            message: components["schemas"]["AssistantMessage"];
        };
        /** @description One piece of a streamed chat completion. */
        ChatCompletionChunk: {
            /** @description The new content for each choice since the previous chunk. */
            choices: components["schemas"]["ChatCompletionChunkChoice"][];
            /**
             * Format: int64
             * @description When the completion was created, as a Unix timestamp in seconds. The same on every chunk of a stream.
             * @example 1677652288
             */
            created: number;
            /**
             * @description The identifier of the completion this chunk belongs to. The same on every chunk of a stream.
             * @example chatcmpl-123
             */
            id: string;
            /**
             * @description The model that generates the completion.
             * @example meta-llama/Llama-3.3-70B-Instruct
             */
            model: string;
            usage?: null | components["schemas"]["CompletionUsage"];
        };
        /** @description The new content of one choice within a streamed chunk. */
        ChatCompletionChunkChoice: {
            /** @description The part of the message produced since the previous chunk. */
            delta: components["schemas"]["ChatCompletionChunkDelta"];
            /**
             * @description Why the model stopped generating this choice. Only set on the last chunk of the choice.
             * @example stop
             */
            finish_reason?: null | components["schemas"]["FinishReason"];
            /**
             * Format: int32
             * @description The position of the choice this chunk extends, starting at 0.
             * @example 0
             */
            index: number;
        };
        /** @description The fields of a message that changed since the previous chunk. Absent fields did not change. */
        ChatCompletionChunkDelta: {
            /**
             * @description Text to append to the content of the message.
             * @example Hello
             */
            content?: string | null;
            /** @description A fragment of a legacy function call, to be joined with the fragments of the other chunks. */
            function_call?: unknown;
            /**
             * @description The role of the author. Only sent on the first chunk of a choice.
             * @example assistant
             */
            role?: string | null;
            /** @description Fragments of tool calls, to be joined by their index with the fragments of the other chunks. */
            tool_calls?: unknown[] | null;
        };
        ChatCompletionMessage: {
            /**
             * @description The contents of the message
             * @example Hello! How can you help me today?
             */
            content: string;
            /**
             * @description The name of the author of this message
             * @example john_doe
             */
            name?: string | null;
            /**
             * @description The role of the message author. One of: "system", "user", "assistant", "tool", or "function"
             * @example user
             */
            role: string;
        };
        ChatCompletionRequest: {
            /**
             * Format: float
             * @description Number between -2.0 and 2.0. Positive values penalize new tokens based on their
             *     existing frequency in the text so far
             * @example 0
             */
            frequency_penalty?: number | null;
            /** @description Controls how the model responds to function calls */
            function_call?: unknown;
            /** @description A list of functions the model may generate JSON inputs for */
            functions?: unknown[] | null;
            /** @description Modify the likelihood of specified tokens appearing in the completion */
            logit_bias?: {
                [key: string]: number;
            } | null;
            /**
             * Format: int32
             * @description The maximum number of tokens to generate in the chat completion
             * @example 2048
             */
            max_tokens?: number | null;
            /** @description A list of messages comprising the conversation so far */
            messages: components["schemas"]["ChatCompletionMessage"][];
            /**
             * @description ID of the model to use
             * @example meta-llama/Llama-3.3-70B-Instruct
             */
            model: string;
            /**
             * Format: int32
             * @description How many chat completion choices to generate for each input message
             * @example 1
             */
            n?: number | null;
            /**
             * Format: float
             * @description Number between -2.0 and 2.0. Positive values penalize new tokens based on
             *     whether they appear in the text so far
             * @example 0
             */
            presence_penalty?: number | null;
            /** @description The format to return the response in */
            response_format?: unknown;
            /**
             * Format: int64
             * @description If specified, our system will make a best effort to sample deterministically
             * @example 123
             */
            seed?: number | null;
            /**
             * @description Up to 4 sequences where the API will stop generating further tokens
             * @default []
             * @example json(["stop", "halt"])
             */
            stop?: string[] | null;
            /**
             * @description Whether to stream back partial progress
             * @example false
             */
            stream?: boolean | null;
            /**
             * Format: float
             * @description What sampling temperature to use, between 0 and 2
             * @example 0.7
             */
            temperature?: number | null;
            /** @description Controls which (if any) tool the model should use */
            tool_choice?: unknown;
            /** @description A list of tools the model may call */
            tools?: unknown[] | null;
            /**
             * Format: float
             * @description An alternative to sampling with temperature
             * @example 1
             */
            top_p?: number | null;
            /**
             * @description A unique identifier representing your end-user
             * @example user-1234
             */
            user?: string | null;
        };
        /** @description The finished result of a chat completion request. */
        ChatCompletionResponse: {
            /** @description The generated replies, one per requested choice, ordered by index. */
            choices: components["schemas"]["ChatCompletionChoice"][];
            /**
             * Format: int64
             * @description When the completion was created, as a Unix timestamp in seconds.
             * @example 1677652288
             */
            created: number;
            /**
             * @description A unique identifier of this completion.
             * @example chatcmpl-123
             */
            id: string;
            /**
             * @description The model that generated the completion.
             * @example meta-llama/Llama-3.3-70B-Instruct
             */
            model: string;
            /**
             * @description Identifies the backend configuration that served the request. Replies with different fingerprints may differ even with the same seed.
             * @example fp_44709d6fcb
             */
            system_fingerprint?: string | null;
            usage?: null | components["schemas"]["CompletionUsage"];
        };
        /** @description One server-sent event of a streamed chat completion. */
        ChatCompletionStreamResponse: {
            /** @description The chunk carried by this event. */
            data: components["schemas"]["ChatCompletionChunk"];
        };
        /** @description A tool the model may call while writing its reply. Only functions are supported. */
        ChatCompletionTool: {
            /** @description The function the model may call. */
            function: components["schemas"]["FunctionDefinition"];
            /**
             * @description The kind of tool, always `function`.
             * @enum {string}
             */
            type: "function";
        };
        /** @description A call to one of the provided tools, made by the model. */
        ChatCompletionToolCall: {
            /** @description The function the model called and the arguments it chose. */
            function: {
                /**
                 * @description The arguments as a JSON object encoded in a string. The model may produce invalid JSON
                 *     or arguments the function does not accept, so parse and check them before use.
                 * @example {"location": "Paris", "unit": "celsius"}
                 */
                arguments: string;
                /**
                 * @description The name of the function that was called.
                 * @example get_current_weather
                 */
                name: string;
            };
            /**
             * @description The identifier of this call. A tool message answering the call repeats it in `tool_call_id`.
             * @example call_abc123
             */
            id: string;
            /**
             * @description The kind of tool called, always `function`.
             * @enum {string}
             */
            type: "function";
        };
        /** @description How many tokens a chat completion request consumed. */
        CompletionUsage: {
            /**
             * Format: int32
             * @description How many of the prompt tokens were served from the prompt cache.
             * @example 0
             */
            cached_tokens?: number;
            /**
             * Format: int32
             * @description Number of tokens in the generated completion.
             * @example 12
             */
            completion_tokens: number;
            /**
             * Format: int32
             * @description Number of tokens in the prompt.
             * @example 9
             */
            prompt_tokens: number;
            /**
             * @deprecated
             * @description A breakdown of the prompt tokens. Read `cached_tokens` instead.
             */
            prompt_tokens_details?: {
                /**
                 * Format: int32
                 * @description How many of the prompt tokens were served from the prompt cache.
                 */
                cached_tokens?: number;
            } | null;
            /**
             * Format: int32
             * @description Total number of tokens used, prompt and completion together.
             * @example 21
             */
            total_tokens: number;
        };
        /** @description A conversation stored on the server, with its messages and the settings used to continue it. */
        Conversation: {
            /**
             * Format: int64
             * @description When the conversation was created, as a Unix timestamp in seconds.
             * @example 1736942400
             */
            created: number;
            /**
             * Format: date-time
             * @description When the conversation will be deleted automatically. Null if it is kept until deleted.
             * @example 2025-02-14T12:00:00Z
             */
            expires_at?: string | null;
            /**
             * Format: uuid
             * @description The identifier of the conversation.
             * @example 3f1c2a9e-7b4d-4e8a-9c61-2d5f0b8e1a47
             */
            id: string;
            /**
             * @description The messages of the conversation, oldest first.
             * @example [
             *       {
             *         "role": "system",
             *         "content": "You are a concise assistant."
             *       },
             *       {
             *         "role": "user",
             *         "content": "What is the capital of France?"
             *       }
             *     ]
             */
            messages: components["schemas"]["ConversationMessage"][];
            /**
             * @description Up to 16 key-value pairs of your own, for example to link the conversation to records in your systems.
             * @example {
             *       "project": "onboarding",
             *       "channel": "web"
             *     }
             */
            metadata?: {
                [key: string]: string;
            };
            /**
             * @description The model used by default to continue the conversation.
             * @example meta-llama/Llama-3.3-70B-Instruct
             */
            model?: string | null;
            /**
             * Format: email
             * @description The email address of the account that owns the conversation.
             * @example alice@example.com
             */
            owner_email?: string;
            /** @description The format that replies in this conversation must follow. */
            response_format?: components["schemas"]["ResponseFormat"];
            /**
             * @description A short human-readable title.
             * @example Capital cities
             */
            title?: string | null;
            /** @description The tools the model may call when it continues the conversation. */
            tools?: components["schemas"]["ChatCompletionTool"][];
        };
        /** @description A message of a stored conversation. The `role` field decides which of the message shapes applies. */
        ConversationMessage: components["schemas"]["SystemMessage"] | components["schemas"]["UserMessage"] | components["schemas"]["AssistantMessage"] | components["schemas"]["ToolMessage"];
        CreateChatCompletionRequest: components["schemas"]["ChatCompletionRequest"] & {
            /**
             * @description Whether to stream back partial progress. Must be false for this request type.
             * @default false
             */
            stream?: boolean | null;
        };
        CreateChatCompletionStreamRequest: components["schemas"]["ChatCompletionRequest"] & {
            /**
             * @description Whether to stream back partial progress. Must be true for this request type.
             * @default true
             */
            stream: boolean;
        };
        /** @description Asks for embedding vectors of one or more texts. */
        CreateEmbeddingRequest: {
            /**
             * Format: int32
             * @description The length of the returned vectors, for models that can shorten them. Must be a positive multiple of 8.
             * @example 1024
             */
            dimensions?: number | null;
            /**
             * @description How the vectors are encoded, as arrays of numbers (`float`) or as base64 strings of little-endian floats (`base64`).
             * @default float
             * @enum {string}
             */
            encoding_format?: "float" | "base64";
            /** @description The text to embed, or a list of texts. Each text must fit within the model's input token limit. */
            input: components["schemas"]["EmbeddingInput"];
            /**
             * @description The identifier of the embedding model to use.
             * @example intfloat/multilingual-e5-large-instruct
             */
            model: string;
            /**
             * @description A stable identifier of your end-user, which helps to detect abuse.
             * @example user-1234
             */
            user?: string | null;
        };
        /** @description The embedding vectors computed for a request. */
        CreateEmbeddingResponse: {
            /** @description One embedding per input text, in input order. */
            data: components["schemas"]["EmbeddingObject"][];
            /**
             * @description The model that computed the embeddings.
             * @example intfloat/multilingual-e5-large-instruct
             */
            model: string;
            /**
             * @description The object type, always `list`.
             * @example list
             */
            object: string;
            /** @description Token counts for the request. */
            usage: components["schemas"]["EmbeddingUsage"];
        };
        /** @description Text to embed, given as a single string or as a list of strings. */
        EmbeddingInput: string | string[];
        /** @description The embedding of one input text. */
        EmbeddingObject: {
            /**
             * @description The embedding vector.
             * @example [
             *       0.0023064255,
             *       -0.009327292
             *     ]
             */
            embedding: number[];
            /**
             * Format: int32
             * @description The position of the input text this embedding belongs to, starting at 0.
             * @example 0
             */
            index: number;
            /**
             * @description The object type, always `embedding`.
             * @example embedding
             */
            object: string;
        };
        /** @description How many tokens an embeddings request consumed. */
        EmbeddingUsage: {
            /**
             * Format: int32
             * @description Number of tokens in the input texts.
             * @example 8
             */
            prompt_tokens: number;
            /**
             * Format: int32
             * @description Total number of tokens used by the request.
             * @example 8
             */
            total_tokens: number;
        };
        /** @description The body returned with every 4xx and 5xx status. */
        ErrorResponse: {
            /** @description Details of the error. */
            error: components["schemas"]["ApiError"];
        };
        /**
         * @description Why the model stopped generating: `stop` when it reached a natural end or a stop sequence,
         *     `length` when it hit the token limit, `tool_calls` when it called tools, and
         *     `content_filter` when content was withheld by a moderation filter.
         * @example stop
         * @enum {string}
         */
        FinishReason: "stop" | "length" | "tool_calls" | "content_filter";
        /** @description A function that the model may ask the caller to run. */
        FunctionDefinition: {
            /**
             * @description What the function does. The model reads it to decide when and how to call the function.
             * @example Get the current weather in a given city.
             */
            description?: string;
            /**
             * @description The name of the function. Letters, digits, underscores and dashes only.
             * @example get_current_weather
             */
            name: string;
            /** @description The arguments the function accepts, as a JSON Schema object. Omit it for a function without arguments. */
            parameters?: components["schemas"]["ParameterSchema"];
            /**
             * @description Whether the model must follow `parameters` exactly when it writes arguments.
             * @default false
             */
            strict?: boolean;
        };
        /** @description A model that can serve requests. */
        Model: {
            /**
             * Format: int64
             * @description When the model was added, as a Unix timestamp in seconds.
             * @example 1733443200
             */
            created: number;
            /**
             * @description The model identifier, as used in the `model` field of requests.
             * @example meta-llama/Llama-3.3-70B-Instruct
             */
            id: string;
            /**
             * @description The object type, always `model`.
             * @example model
             */
            object: string;
            /**
             * @description The organization that publishes the model.
             * @example meta-llama
             */
            owned_by: string;
        };
        /** @description The models available on the network. */
        ModelList: {
            /** @description The models. */
            data: components["schemas"]["Model"][];
            /**
             * @description The object type, always `list`.
             * @example list
             */
            object: string;
        };
        /**
         * @description The subset of JSON Schema used to describe function arguments and structured output.
         *     Objects nest through `properties` and arrays through `items`.
         * @example {
         *       "type": "object",
         *       "properties": {
         *         "location": {
         *           "type": "string",
         *           "description": "The city to report on, for example Paris."
         *         },
         *         "unit": {
         *           "type": "string",
         *           "enum": [
         *             "celsius",
         *             "fahrenheit"
         *           ]
         *         }
         *       },
         *       "required": [
         *         "location"
         *       ]
         *     }
         */
        ParameterSchema: {
            /**
             * @description What the value means. The model reads it when it fills the value in.
             * @example The city to report on, for example Paris.
             */
            description?: string;
            /**
             * @description The only values allowed, for a string value.
             * @example [
             *       "celsius",
             *       "fahrenheit"
             *     ]
             */
            enum?: string[];
            /** @description The schema of every element, for an array value. */
            items?: components["schemas"]["ParameterSchema"];
            /** @description The schema of each named field, for an object value. */
            properties?: {
                [key: string]: components["schemas"]["ParameterSchema"];
            };
            /**
             * @description The fields that must be present, for an object value.
             * @example [
             *       "location"
             *     ]
             */
            required?: string[];
            /**
             * @description The JSON type of the value.
             * @example object
             * @enum {string}
             */
            type: "object" | "array" | "string" | "number" | "integer" | "boolean" | "null";
        };
        /** @description The format that the model's reply must follow. The `type` field decides which of the formats applies. */
        ResponseFormat: {
            /**
             * @description The format kind, always `text`.
             * @enum {string}
             */
            type: "text";
        } | {
            /**
             * @description The format kind, always `json_object`.
             * @enum {string}
             */
            type: "json_object";
        } | {
            /** @description The schema the reply must conform to, with a name for it. */
            json_schema: {
                /**
                 * @description What the reply represents. The model reads it to decide how to answer.
                 * @example A weather report for one city.
                 */
                description?: string;
                /**
                 * @description The name of the format. Letters, digits, underscores and dashes only.
                 * @example weather_report
                 */
                name: string;
                /**
                 * @description The JSON Schema the reply must conform to. It must not be empty.
                 * @example {
                 *       "type": "object",
                 *       "properties": {
                 *         "temperature": {
                 *           "type": "number"
                 *         }
                 *       },
                 *       "required": [
                 *         "temperature"
                 *       ]
                 *     }
                 */
                schema: {
                    [key: string]: unknown;
                };
                /**
                 * @description Whether the reply must follow the schema exactly. When false the schema is only a strong hint.
                 * @default false
                 */
                strict?: boolean | null;
            };
            /**
             * @description The format kind, always `json_schema`.
             * @enum {string}
             */
            type: "json_schema";
        };
        /** @description Instructions that set the behaviour of the model for the whole conversation. */
        SystemMessage: {
            /**
             * @description The instructions.
             * @example You are a concise assistant.
             */
            content: string;
            /**
             * @description An optional name for the author of the instructions.
             * @example ops_team
             */
            name?: string | null;
            /**
             * @description The role of the author, always `system`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            role: "system";
        };
        /** @description The result of a tool call, sent back to the model. */
        ToolMessage: {
            /**
             * @description The output of the tool, usually JSON encoded in a string.
             * @example {"temperature": 22, "unit": "celsius"}
             */
            content: string;
            /**
             * @description The role of the author, always `tool`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            role: "tool";
            /**
             * @description The `id` of the tool call this message answers.
             * @example call_abc123
             */
            tool_call_id: string;
        };
        /** @description A message written by the end-user. */
        UserMessage: {
            /**
             * @description The text of the message.
             * @example What is the capital of France?
             */
            content: string;
            /**
             * @description An optional name for the user, to tell several participants apart.
             * @example john_doe
             */
            name?: string | null;
            /**
             * @description The role of the author, always `user`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            role: "user";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    chat_completions_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The model, the conversation so far and the sampling settings. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChatCompletionRequest"];
            };
        };
        responses: {
            /** @description The completed chat reply. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatCompletionResponse"];
                };
            };
            /** @description The request body is malformed or breaks a documented constraint. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The bearer token is missing, malformed or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests; retry after the delay given in the error. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The service or the inference node failed to handle the request. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    chat_completions_create_stream: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The model, the conversation so far and the sampling settings, with `stream` set to `true`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChatCompletionStreamRequest"];
            };
        };
        responses: {
            /** @description A stream of chat completion chunks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["ChatCompletionStreamResponse"];
                };
            };
            /** @description The request body is malformed or breaks a documented constraint. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The bearer token is missing, malformed or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests; retry after the delay given in the error. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The service or the inference node failed to handle the request. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    embeddings_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The embedding model and the text to embed. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEmbeddingRequest"];
            };
        };
        responses: {
            /** @description The embedding vectors and the tokens they cost. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateEmbeddingResponse"];
                };
            };
            /** @description The request body is malformed or breaks a documented constraint. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The bearer token is missing, malformed or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The service or the inference node failed to handle the request. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    models_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The available models. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelList"];
                };
            };
            /** @description The bearer token is missing, malformed or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The list of models could not be retrieved. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    conversations_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the conversation.
                 * @example 3f1c2a9e-7b4d-4e8a-9c61-2d5f0b8e1a47
                 */
                conversation_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            /** @description The bearer token is missing, malformed or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No conversation with this identifier is visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The conversation could not be loaded. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    conversation_messages_create: {
        parameters: {
            query?: {
                /** @description Validate the message and return the would-be result without storing anything. */
                dry_run?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description Identifier of the conversation to append to.
                 * @example 3f1c2a9e-7b4d-4e8a-9c61-2d5f0b8e1a47
                 */
                conversation_id: string;
            };
            cookie?: never;
        };
        /** @description The message to append. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationMessage"];
            };
        };
        responses: {
            /** @description The conversation including the new message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            /** @description The message is malformed or breaks a documented constraint. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The bearer token is missing, malformed or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No conversation with this identifier is visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The message could not be stored. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
