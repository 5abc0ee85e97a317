/**
 * Any text as a YAML double-quoted scalar (front matter): JSON's escapes are YAML's; U+2028 and
 * U+2029, line breaks to YAML 1.1 parsers, are written as YAML's own `\L` and `\P`.
 */
export function yamlString(text: string): string {
  return JSON.stringify(text)
    .replace(/\u2028/g, "\\L")
    .replace(/\u2029/g, "\\P");
}
