/**
 * Any text as XML 1.0 character data or a double-quoted attribute value (the JUnit report):
 * markup characters as entities, and the characters XML 1.0 cannot carry at all (most C0
 * controls, U+FFFE, U+FFFF) as U+FFFD, since no escape can write them.
 */
export function xmlText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "\uFFFD");
}
