import type { TSchema } from "@sinclair/typebox";
import type { TypeCheck } from "@sinclair/typebox/compiler";
import type * as v from "valibot";
import type { z } from "zod";

export declare const zodChatRequest: z.ZodType;
export declare const valibotChatRequest: v.GenericSchema;
export declare const typeboxChatRequest: TSchema;
export declare const typeboxChatRequestCheck: TypeCheck<TSchema>;
export declare const peers: readonly { readonly name: string; check(value: unknown): boolean }[];
