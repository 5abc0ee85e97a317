import type { Code } from "../../codegen/code.js";

/**
 * Whether any of `statements` uses the identifier `name`: a whole word, not a property name after
 * a `.`, not inside a string literal. Exact for generated code, whose every literal is
 * double-quoted on one line and whose locals have names unique in their function: a local is
 * declared, and a parameter keeps its name, only when used (`noUnusedLocals`, `noUnusedParameters`).
 */
export function mentions(statements: readonly Code[], name: Code | string): boolean {
  const word = typeof name === "string" ? name : name.text;
  for (const statement of statements) {
    const text = statement.text;
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
      if (isWordChar(text.charCodeAt(at - 1)) || text.charCodeAt(at - 1) === DOT) continue;
      if (isWordChar(text.charCodeAt(at + word.length))) continue;
      if (!insideLiteral(text, at)) return true;
    }
  }
  return false;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const DOT = 0x2e;

/** An identifier character (`NaN`, past either end of the text, is not one). */
function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x24;
}

/** Whether `at` falls inside a double-quoted literal of its line. */
function insideLiteral(text: string, at: number): boolean {
  let open = false;
  for (let i = text.lastIndexOf("\n", at) + 1; i < at; i++) {
    const c = text.charCodeAt(i);
    if (open && c === BACKSLASH) i++;
    else if (c === QUOTE) open = !open;
  }
  return open;
}
