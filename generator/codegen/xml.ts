/**
 * Any text as XML 1.0 character data or a double-quoted attribute value (the JUnit report):
 * markup characters as entities, and what XML 1.0 cannot carry at all (most C0 controls, U+FFFE,
 * U+FFFF, a lone surrogate) as U+FFFD, since no escape can write it.
 */
export function xmlText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(NOT_XML, "\uFFFD");
}

const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
