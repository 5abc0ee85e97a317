export interface Payload {
  readonly name: string;
  readonly detail?: string;
  readonly value: Record<string, unknown>;
  readonly valid: boolean;
}
export declare const validRequest: Record<string, unknown> & { messages: Record<string, unknown>[] };
export declare const invalidMessageContent: Record<string, unknown>;
export declare const invalidTemperature: Record<string, unknown>;
export declare const invalidSeveral: Record<string, unknown>;
export declare const payloads: readonly Payload[];
