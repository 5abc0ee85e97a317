import { readFile } from "node:fs/promises";
import { pointerTokens } from "../codegen/json-pointer.js";
import { SpecError } from "../errors.js";
import { JsonLocator } from "../load/json-locate.js";
import { parseJsonText } from "../load/parse.js";
import type { Model, NamedSchema } from "../model/model.js";
import { boundedRegExpEngine, PatternTimeout } from "./bounded-regexp.js";
import { loadCompiledValidators, type ValidatorModule } from "./compiled.js";
import { findSchema } from "./find-schema.js";

/** One error of a payload, placed in its file. */
export interface PayloadError {
  readonly pointer: string;
  readonly keyword: string;
  readonly expected: string;
  readonly actual: string;
  readonly message: string;
  /** 1-based line of the value at fault in the payload's text. */
  readonly line?: number | undefined;
}

export interface PayloadVerdict {
  /** The payload's file, or `-` for standard input. */
  readonly file: string;
  readonly valid: boolean;
  readonly errors: readonly PayloadError[];
}

export interface ValidatePayloadsOptions {
  /** A schema's key in `components.schemas` or its TypeScript name. */
  readonly schema: string;
  /** Payloads as text, each with the name to report it under. */
  readonly payloads: readonly { readonly file: string; readonly text: string }[];
  /** The payloads are in SDK form (camelCase); they are mapped to the wire form, then checked. */
  readonly sdk?: boolean | undefined;
  /** Stop at the first error of each payload. */
  readonly firstError?: boolean | undefined;
  /** The spec file, for messages. */
  readonly specFile: string;
  /** A pattern match that runs longer is an error (it would hang the run). */
  readonly patternTimeoutMs?: number | undefined;
  /** Where the validator's modules are written and left (a temporary folder, removed once imported, when omitted). */
  readonly folder?: string | undefined;
}

/** One schema's imported validator module, and the runtime it shares. */
export interface PayloadValidator {
  readonly schema: { readonly key: string; readonly typeName: string };
  readonly module: ValidatorModule;
  readonly runtime: ValidatorModule;
}

/** Far above any honest match (microseconds), far below a hung CI job. */
export const DEFAULT_PATTERN_TIMEOUT_MS = 1000;

type RegExpEngine = (source: string, flags: string) => { test(text: string): boolean };

/** A generated validator's error (its `actual` is the value itself). */
type ValidatorError = Omit<PayloadError, "line" | "actual"> & { readonly actual: unknown };

type Check = (
  value: unknown,
  options: { allErrors: boolean },
) => { ok: true } | { ok: false; errors: ValidatorError[] };

/** The runtime's words for an error: the sentence and what the value at fault is. */
type Explain = (error: ValidatorError) => string;

/**
 * Validates JSON payloads against one schema with the generated validator of that schema
 * (emitted from the model and run as is), so the verdict is the one users' SDKs will give.
 */
export async function validatePayloads(
  model: Model,
  options: ValidatePayloadsOptions,
): Promise<{ schema: NamedSchema; verdicts: PayloadVerdict[] }> {
  const schema = findSchema(model, options.schema, options.specFile);
  const parsed = parsePayloads(options);
  const compiled = await loadCompiledValidators(model, [schema.key], options.folder);
  const validator = { schema, module: compiled.module(schema.key), runtime: compiled.runtime };
  return { schema, verdicts: checkParsed(validator, parsed, options) };
}

/** Validates JSON payloads with a validator imported already (from the cache of `specgen validate`). */
export function checkPayloads(validator: PayloadValidator, options: ValidatePayloadsOptions): PayloadVerdict[] {
  return checkParsed(validator, parsePayloads(options), options);
}

type ParsedPayload = { readonly file: string; readonly text: string; readonly value: unknown };

function parsePayloads(options: ValidatePayloadsOptions): ParsedPayload[] {
  return options.payloads.map((payload) => ({ ...payload, value: parseJsonText(payload.text, payload.file) }));
}

function checkParsed(
  { schema, module, runtime }: PayloadValidator,
  parsed: readonly ParsedPayload[],
  options: ValidatePayloadsOptions,
): PayloadVerdict[] {
  const check = module[`${options.sdk ? "toWire" : "validate"}${schema.typeName}`] as Check;
  const describeActual = runtime.describeActual as Explain;
  const formatError = runtime.formatError as Explain;
  (runtime.setRegExpEngine as (engine: RegExpEngine) => void)(
    boundedRegExpEngine(options.patternTimeoutMs ?? DEFAULT_PATTERN_TIMEOUT_MS),
  );
  return parsed.map(({ file, text, value }): PayloadVerdict => {
    let result: ReturnType<Check>;
    try {
      result = check(value, { allErrors: options.firstError !== true });
    } catch (error) {
      if (!(error instanceof PatternTimeout)) throw error;
      return {
        file,
        valid: false,
        errors: [
          {
            pointer: "",
            keyword: "pattern",
            expected: error.source,
            actual: "a text that takes too long",
            message: `${error.message}: the payload is refused`,
          },
        ],
      };
    }
    if (result.ok) return { file, valid: true, errors: [] };
    // In SDK form the pointers name wire properties, which the SDK text does not hold: no lines then.
    const locator = new JsonLocator(text);
    const errors = result.errors.map(
      (error): PayloadError => ({
        pointer: error.pointer,
        keyword: error.keyword,
        expected: error.expected,
        actual: describeActual(error),
        message: formatError(error),
        line: options.sdk ? undefined : locator.lineOf(pointerTokens(error.pointer)),
      }),
    );
    return { file, valid: false, errors };
  });
}

/** Reads payload files; `-` is standard input. */
export async function readPayloads(
  files: readonly string[],
  stdin: () => Promise<string>,
): Promise<{ file: string; text: string }[]> {
  return Promise.all(
    files.map(async (file) => {
      if (file === "-") return { file, text: await stdin() };
      try {
        return { file, text: await readFile(file, "utf8") };
      } catch (error) {
        throw new SpecError(
          "IO",
          `cannot read the payload: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
          { file },
        );
      }
    }),
  );
}
