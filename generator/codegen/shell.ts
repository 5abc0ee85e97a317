/**
 * Any text as one POSIX shell word (the `curl` snippets): single quotes, inside which nothing is
 * expanded; a `'` closes the quotes, is itself escaped, and reopens them. (No shell argument can
 * hold NUL; a NUL in the text ends the argument there.)
 */
export function shellWord(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** A variable a shell word reads (`$BEARER_AUTH`), by name. */
export interface ShellVariable {
  readonly variable: string;
}

/**
 * A shell word of text that reads environment variables: in double quotes, with `\`, `"`, `$`
 * and `` ` `` escaped in the literal parts, so that only the variables expand
 * (`"Authorization: Bearer $BEARER_AUTH"`). A literal `!` would start history expansion inside
 * double quotes in an interactive bash, so text holding one is written as single-quoted
 * literals joined to `"$VAR"` words instead. Literal text alone is single-quoted.
 */
export function shellWordReading(text: readonly (string | ShellVariable)[]): string {
  if (text.every((part) => typeof part === "string")) return shellWord(text.join(""));
  if (text.some((part) => typeof part === "string" && part.includes("!")))
    return text.map((part) => (typeof part === "string" ? shellWord(part) : `"$${part.variable}"`)).join("");
  const words = text.map((part, index) => {
    if (typeof part === "string") return part.replace(/[\\"$`]/g, (c) => `\\${c}`);
    // `$A` followed by a letter would read a longer name: braces end it.
    const next = text[index + 1];
    return typeof next === "string" && /^[A-Za-z0-9_]/.test(next) ? `\${${part.variable}}` : `$${part.variable}`;
  });
  return `"${words.join("")}"`;
}
