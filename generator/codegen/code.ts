/**
 * The only door through which spec text enters generated TypeScript.
 *
 * Generated code is built with the `ts` tagged template: every interpolated plain value is turned
 * into a literal by `stringLiteral` (or a number/boolean/null literal), and only values already
 * wrapped as `Code` are inserted verbatim. Trusted code fragments are made with `ts` itself, with
 * `identifier()` (which refuses anything that is not a safe identifier) or with `jsdoc()`.
 * The same idea as Ajv's `_` template: a description can never become code by accident.
 */
export class Code {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

export type CodeValue = Code | string | number | boolean | null | readonly Code[];

export function ts(strings: TemplateStringsArray, ...values: CodeValue[]): Code {
  let text = strings[0] ?? "";
  for (let i = 0; i < values.length; i++) {
    text += render(values[i] as CodeValue) + (strings[i + 1] ?? "");
  }
  return new Code(text);
}

function render(value: CodeValue): string {
  if (value instanceof Code) return value.text;
  if (Array.isArray(value)) return (value as readonly Code[]).map((part) => part.text).join("");
  if (typeof value === "string") return stringLiteral(value);
  if (typeof value === "number") return numberLiteral(value);
  return String(value);
}

/** Joins fragments with a separator, keeping them `Code`. */
export function joinCode(parts: readonly Code[], separator: string): Code {
  return new Code(parts.map((part) => part.text).join(separator));
}

/**
 * A double-quoted TypeScript string literal for any text. JSON.stringify escapes quotes,
 * backslashes, control characters and lone surrogates; U+2028/U+2029 are escaped too so the
 * output is also safe for older parsers and for embedding in `<script>`.
 * Backticks and `${` need no escape inside double quotes.
 */
export function stringLiteral(value: string): string {
  return JSON.stringify(value)
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/**
 * Text inside a template literal: what `stringLiteral` escapes, and `` ` `` and `$` besides, so
 * that the text can neither close the literal nor open a `${…}` substitution.
 */
export function templateLiteralText(value: string): string {
  return stringLiteral(value)
    .slice(1, -1)
    .replace(/[`$]/g, (c) => `\\${c}`);
}

export function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`cannot write ${value} as a TypeScript number literal`);
  if (Object.is(value, -0)) return "0";
  return String(value);
}

const RESERVED_WORDS = new Set([
  "break",
  "case",
  "catch",
  "class",
  "const",
  "continue",
  "debugger",
  "default",
  "delete",
  "do",
  "else",
  "enum",
  "export",
  "extends",
  "false",
  "finally",
  "for",
  "function",
  "if",
  "import",
  "in",
  "instanceof",
  "new",
  "null",
  "return",
  "super",
  "switch",
  "this",
  "throw",
  "true",
  "try",
  "typeof",
  "var",
  "void",
  "while",
  "with",
  "implements",
  "interface",
  "let",
  "package",
  "private",
  "protected",
  "public",
  "static",
  "yield",
  "await",
  "any",
  "boolean",
  "number",
  "string",
  "symbol",
  "bigint",
  "object",
  "never",
  "unknown",
  "undefined",
  "type",
  "keyof",
  "readonly",
  "infer",
  "is",
  "asserts",
  "unique",
  "arguments",
  "eval",
]);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function isIdentifierName(name: string): boolean {
  return IDENTIFIER.test(name);
}

/** True when `name` can stand as a binding or type name in strict-mode TypeScript. */
export function isSafeIdentifier(name: string): boolean {
  return IDENTIFIER.test(name) && !RESERVED_WORDS.has(name);
}

/** Wraps a name as code, refusing anything that is not a safe identifier. */
export function identifier(name: string): Code {
  if (!isSafeIdentifier(name)) throw new Error(`not a safe TypeScript identifier: ${stringLiteral(name)}`);
  return new Code(name);
}

/**
 * A property name in a type (interface member, type literal): bare when it is an identifier name
 * (reserved words are allowed there), quoted otherwise.
 */
export function typePropertyKey(name: string): Code {
  return new Code(IDENTIFIER.test(name) ? name : stringLiteral(name));
}

/**
 * A property name in an object literal. `__proto__: x` and `"__proto__": x` both set the
 * prototype in a literal; only the computed form creates an own property.
 */
export function literalPropertyKey(name: string): Code {
  if (name === "__proto__") return new Code(`[${stringLiteral(name)}]`);
  return typePropertyKey(name);
}

/** Property access that is safe for any name: `a.b` or `a["b-c"]`. */
export function propertyAccess(target: Code, name: string): Code {
  return new Code(IDENTIFIER.test(name) ? `${target.text}.${name}` : `${target.text}[${stringLiteral(name)}]`);
}

/** Normalises every line-break form (CRLF, CR, U+2028, U+2029) to `\n`. */
export function normaliseLineBreaks(text: string): string {
  return text.replace(/\r\n?|[\u2028\u2029]/g, "\n");
}

export interface JsDocTag {
  readonly tag: string;
  readonly text?: string;
}

/**
 * A JSDoc block for any text. `*\/` cannot close the comment early (it becomes `*\/`), an `@`
 * after white space cannot start a tag (it becomes `\@`), and every line break form becomes a
 * new ` * ` line. Returns the empty string when there is nothing to say.
 */
export function jsdoc(text: string | undefined, tags: readonly JsDocTag[] = [], indent = ""): Code {
  // No `push(...lines)`: a description of 200,000 lines would overflow the stack as arguments.
  const lines: string[] = text !== undefined && text.trim() !== "" ? escapeJsDocText(text).split("\n") : [];
  for (const { tag, text: tagText } of tags) {
    if (!/^[A-Za-z]+$/.test(tag)) throw new Error(`not a JSDoc tag name: ${stringLiteral(tag)}`);
    const body = tagText === undefined || tagText.trim() === "" ? [] : escapeJsDocText(tagText).split("\n");
    lines.push(`@${tag}${body.length > 0 ? ` ${body[0]}` : ""}`);
    for (const line of body.slice(1)) lines.push(line);
  }
  if (lines.length === 0) return new Code("");
  const body = lines.map((line) => (line === "" ? `${indent} *` : `${indent} * ${line}`)).join("\n");
  return new Code(`${indent}/**\n${body}\n${indent} */\n`);
}

function escapeJsDocText(text: string): string {
  return (
    normaliseLineBreaks(text)
      .replace(/\*\//g, "*\\/")
      .split("\n")
      // TypeScript starts a tag at any `@` that follows white space, even mid-line inside a tag's text.
      .map((line) => line.replace(/\s+$/, "").replace(/(^|\s)@/g, "$1\\@"))
      .join("\n")
      .replace(/^\n+|\n+$/g, "")
  );
}
