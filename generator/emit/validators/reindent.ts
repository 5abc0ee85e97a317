/**
 * Indents generated statements by their braces, two spaces a level. The compiler writes one
 * statement or brace per line and leaves layout to this pass. Braces inside string literals
 * (a pattern such as `a{2}`) do not count: every literal the compiler writes is double-quoted.
 *
 * One pass over the characters, no regular expression: on GitHub's description this runs over
 * some 80 MB of validator code.
 */
export function reindent(text: string, base = ""): string {
  let level = 0;
  const out: string[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (line === "") continue;
    let opens = 0;
    let closes = 0;
    let leading = 0;
    let atStart = true;
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c === QUOTE) {
        const close = closingQuote(line, i);
        if (close === -1) {
          // Not a literal the compiler wrote: the quote is counted as an ordinary character.
          atStart = false;
          continue;
        }
        i = close;
        atStart = false;
      } else if (c === OPEN_BRACE || c === OPEN_PAREN) {
        opens++;
        atStart = false;
      } else if (c === CLOSE_BRACE || c === CLOSE_PAREN) {
        closes++;
        if (atStart) leading++;
      } else {
        atStart = false;
      }
    }
    out.push(base + indent(level - leading) + line);
    level += opens - closes;
  }
  return `${out.join("\n")}\n`;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;

/** The index of the quote that ends the literal opened at `open`, or -1 when none does. */
function closingQuote(line: string, open: number): number {
  for (let i = open + 1; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === QUOTE) return i;
  }
  return -1;
}

const INDENTS: string[] = [""];

function indent(level: number): string {
  if (level <= 0) return "";
  while (INDENTS.length <= level) INDENTS.push(`${INDENTS[INDENTS.length - 1]}  `);
  return INDENTS[level]!;
}
