import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, type Node as YamlNode } from "yaml";
import { SpecError } from "../errors.js";
import { JsonLocator, lineAtOffset } from "./json-locate.js";

/** A parsed source file that can say on which line a JSON pointer starts. */
export interface ParsedSource {
  readonly file: string;
  readonly value: unknown;
  /** 1-based line of the node at `tokens`, or of its nearest existing ancestor. */
  lineOf(tokens: readonly string[]): number | undefined;
}

/**
 * Parses YAML or JSON. JSON goes through `JSON.parse` (an order of magnitude faster than a YAML
 * parser on multi-megabyte documents) and is only scanned for line numbers when an error needs one.
 */
export function parseSource(text: string, file: string): ParsedSource {
  text = withoutByteOrderMark(text);
  const trimmed = text.trimStart();
  const looksLikeJson = file.endsWith(".json") || trimmed.startsWith("{");
  return looksLikeJson ? parseJson(text, file) : parseYaml(text, file);
}

/** Editors on Windows start UTF-8 files with U+FEFF, which JSON.parse refuses and YAML ignores. */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const TOO_DEEP = "the document is nested too deeply to parse";

function parseJson(text: string, file: string): ParsedSource {
  const value = parseJsonText(text, file);
  let locator: JsonLocator | undefined;
  return { file, value, lineOf: (tokens) => (locator ??= new JsonLocator(text)).lineOf(tokens) };
}

/** `JSON.parse`, with a one-line error that names the file and, where it can be found, the line. */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    if (error instanceof RangeError) throw new SpecError("PARSE", TOO_DEEP, { file });
    const message = (error as Error).message;
    // Node quotes the text around the fault in the message (newlines and all); keep the first clause.
    const reason = message
      .replace(/\s+in JSON at position \d+.*$/s, "")
      .replace(/, (\.\.\.)?".*$/s, "")
      .replace(/\s+/g, " ");
    throw new SpecError("PARSE", `malformed JSON: ${reason}`, { file, line: jsonErrorLine(text, message) });
  }
}

/** The line of a JSON syntax error: from the offset V8 gives, else from the YAML parser (JSON is YAML). */
function jsonErrorLine(text: string, message: string): number | undefined {
  const position = /position (\d+)/.exec(message);
  if (position) return lineAtOffset(text, Number(position[1]));
  const found = parseDocument(text, { lineCounter: new LineCounter(), prettyErrors: true }).errors[0];
  return found?.linePos?.[0].line;
}

function parseYaml(text: string, file: string): ParsedSource {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, {
    lineCounter,
    prettyErrors: true,
    uniqueKeys: true,
    version: "1.2",
  });
  const firstError = document.errors[0];
  if (firstError && /call stack/i.test(firstError.message)) throw new SpecError("PARSE", TOO_DEEP, { file });
  if (firstError) {
    const line = firstError.linePos?.[0]?.line;
    throw new SpecError("PARSE", `malformed YAML: ${firstLine(firstError.message)}`, { file, line });
  }
  let value: unknown;
  try {
    // Billion-laughs guard: YAML aliases could otherwise expand a small file into gigabytes.
    value = document.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    throw new SpecError(
      "PARSE",
      error instanceof RangeError ? TOO_DEEP : `malformed YAML: ${firstLine((error as Error).message)}`,
      { file },
    );
  }
  return {
    file,
    value,
    lineOf(tokens) {
      const offset = yamlOffsetOf(document.contents, tokens);
      return offset === undefined ? undefined : lineCounter.linePos(offset).line;
    },
  };
}

function yamlOffsetOf(root: unknown, tokens: readonly string[]): number | undefined {
  let node = root as YamlNode | null;
  let offset = node?.range?.[0];
  for (const token of tokens) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === token);
      if (!pair) break;
      offset = (pair.key as YamlNode).range?.[0] ?? offset;
      node = pair.value as YamlNode | null;
    } else if (isSeq(node)) {
      const item = node.items[Number(token)] as YamlNode | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

function firstLine(message: string): string {
  return message
    .split("\n")[0]!
    .replace(/ at line \d+, column \d+:?$/, "")
    .trim();
}
