/**
 * Any text as one POSIX shell word (the `curl` snippets): single quotes, inside which nothing is
 * expanded; a `'` closes the quotes, is itself escaped, and reopens them. (No shell argument can
 * hold NUL; a NUL in the text ends the argument there.)
 */
export function shellWord(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
