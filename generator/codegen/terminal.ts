/**
 * One line of a terminal or a log (an error, a warning): spec text in it (a property name in a
 * pointer, a `$ref`'s file name) may hold line breaks, which would split a one-line report, and
 * escape sequences (ESC `[`…), which a terminal obeys. Each control character (C0, DEL, C1) and
 * each line or paragraph separator is written as its escape (`\n`, `\r`, `\t`, else `\u001b`),
 * so the line stays one line and says which character it was.
 */
export function terminalLine(text: string): string {
  return text.replace(UNPRINTABLE, (c) => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const SHORT: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };
