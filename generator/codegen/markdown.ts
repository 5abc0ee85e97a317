import { normaliseLineBreaks } from "./code.js";
import { htmlText } from "./html.js";

/**
 * Text on its way into markdown, one function per context. Spec text is untrusted: it must not
 * break a table, open an HTML element (`<script>`), or escape a code span. Spec descriptions are
 * CommonMark and stay markdown (`textCell`, `prose`, `inline`); plain text such as a diff
 * finding is made literal (`literal`, `literalCell`). Everything here is a pure string function.
 */

/** A table cell: its markdown, and its width for the one-width rule (a line break counts as one). */
export interface Cell {
  readonly text: string;
  readonly width: number;
}

const BREAK = "<br/>";

/**
 * Markdown as a table cell: each `\n` a `<br/>`, and every `|` escaped but one escaped already
 * (after an odd run of backslashes): GFM reads `\\|` as a backslash, then the end of the cell.
 */
export function cell(markdown: string): Cell {
  const escaped = markdown.replace(/(\\*)\|/g, (all, backslashes: string) =>
    backslashes.length % 2 === 1 ? all : `${backslashes}\\|`,
  );
  return { text: escaped.split("\n").join(BREAK), width: escaped.length };
}

/** Cells written one after the other in one cell. */
export function joinCells(...cells: readonly Cell[]): Cell {
  return { text: cells.map((part) => part.text).join(""), width: cells.reduce((sum, part) => sum + part.width, 0) };
}

/**
 * Spec markdown for a table cell: line breaks as `<br/>`, `|` as `\|` (also inside code spans,
 * where GFM tables honour it), `<` outside code spans as `&lt;` so that no HTML comes through.
 */
export function textCell(text: string): Cell {
  return cell(escapeHtmlOutsideCode(normaliseLineBreaks(text)));
}

/**
 * Spec markdown as a paragraph of a page: line breaks kept, no raw HTML, and no code fence left
 * open (an unclosed ``` would swallow the rest of the page): an opener without its closer is
 * escaped.
 */
export function prose(text: string): string {
  return closeFences(escapeHtmlOutsideCode(normaliseLineBreaks(text)));
}

/** Spec markdown on one line (a title, a list entry): line breaks become spaces, no raw HTML. */
export function inline(text: string): string {
  return escapeHtmlOutsideCode(normaliseLineBreaks(text).replace(/\s*\n\s*/g, " ")).trim();
}

/** Spec markdown as the text of a link (`[text](page)`): one line, and no bracket or backslash of its own. */
export function linkText(text: string): string {
  return inline(text).replace(/[[\]\\]/g, (c) => `\\${c}`);
}

/**
 * Plain text (not markdown) as markdown that renders as exactly that text and opens no construct,
 * wherever it stands in a line: every character markdown, GFM or GitHub (`$` math) could read as
 * syntax is backslash-escaped, `<` is `&lt;`, and the start of the text cannot open a block.
 * GFM's autolink literals (`https://…`, `www.…`, `a@b.co`) are broken up too: inside one, a
 * backslash escape would be shown as written.
 * Characters that open nothing where they stand stay as they are (`_` inside a word, `-` and `.`
 * after the start, `&` outside a character reference), so a finding stays readable as source.
 * Line breaks become spaces (`literalCell` keeps them as `<br/>`), and white space at either end
 * is dropped, as markdown drops it (four spaces at the start of a line would open a code block).
 */
export function literal(text: string): string {
  return (
    normaliseLineBreaks(text)
      .replace(/\n/g, " ")
      .trim()
      .replace(/[\\`*[\]|~$@]/g, (c) => `\\${c}`)
      .replace(/:(?=\/\/)/g, "\\:")
      .replace(/(?<![A-Za-z0-9])(www)\./gi, "$1\\.")
      // Before `<` becomes `&lt;`, which must stay a reference.
      .replace(/&(?=#?[A-Za-z0-9]+;)/g, "\\&")
      .replace(/</g, "&lt;")
      // A run of `_` between two letters or digits can neither open nor close emphasis.
      .replace(/_+/g, (run: string, at: number, line: string) =>
        isWordCharacter(line[at - 1]) && isWordCharacter(line[at + run.length]) ? run : run.replace(/_/g, "\\_"),
      )
      .replace(/^[#>+=-]/, "\\$&")
      .replace(/^(\d+)([.)])/, "$1\\$2")
  );
}

/** Plain text as a table cell: `literal` line by line, the lines joined by `<br/>`. */
export function literalCell(text: string): Cell {
  const lines = normaliseLineBreaks(text).split("\n").map(literal);
  return { text: lines.join(BREAK), width: lines.join("\n").length };
}

function isWordCharacter(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9]/.test(c);
}

/**
 * The fence marker (```` ``` ````, `~~~`, longer runs) that opens a fenced code block on this
 * line, if any: up to three spaces of indent, then three or more backticks or tildes.
 */
export function fenceMarker(line: string): string | undefined {
  return /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
}

/** Whether `line` closes the block `opener` opened: the same character, at least as many, nothing else. */
export function closesFence(line: string, opener: string): boolean {
  const marker = fenceMarker(line);
  return marker !== undefined && marker[0] === opener[0] && marker.length >= opener.length && line.trim() === marker;
}

function closeFences(text: string): string {
  const lines = text.split("\n");
  let open: { index: number; marker: string } | undefined;
  lines.forEach((line, index) => {
    const marker = fenceMarker(line);
    if (marker === undefined) return;
    if (open === undefined) open = { index, marker };
    else if (closesFence(line, open.marker)) open = undefined;
  });
  if (open === undefined) return text;
  const { index } = open;
  lines[index] = lines[index]!.replace(/^( {0,3})([`~])/, "$1\\$2");
  return closeFences(lines.join("\n"));
}

/**
 * The backtick run that starts at `at`, read as CommonMark reads it: a code span when a later
 * run of exactly the same length closes it (`content` is what lies between), else literal
 * backticks. `end` is just past the closing run, or past the opening run when nothing closes it.
 */
function backtickRun(text: string, at: number): { readonly end: number; readonly content?: string } {
  let run = at;
  while (text[run] === "`") run++;
  const length = run - at;
  for (let i = text.indexOf("`", run); i >= 0; i = text.indexOf("`", i)) {
    let end = i;
    while (text[end] === "`") end++;
    if (end - i === length) {
      const content = text.slice(run, i);
      // A span never crosses the end of its paragraph: a blank line, or a line that starts a
      // block (`>`, a heading, a fence, a list item) ends it, and the backticks stay literal.
      return PARAGRAPH_END.test(content) ? { end: run } : { end, content };
    }
    i = end;
  }
  return { end: run };
}

const PARAGRAPH_END = /\n {0,3}(?:[ \t]*\n|>|#{1,6}(?:[ \t]|$)|`{3}|~{3}|[-*+][ \t]+\S|1[.)][ \t]+\S)/;

/**
 * `<` becomes `&lt;` outside code spans; a code span holding `<` becomes a `<code>` element
 * (below). A backslash-escaped character (`\``, `\<`) is literal and copied as it is. A link to a
 * relative path (`[x](other/page.md)`) is made text, since no page of ours answers it.
 */
export function escapeHtmlOutsideCode(text: string): string {
  return rewriteOutsideCode(
    text,
    (at) => {
      if (text[at] === "<") return ["&lt;", 1];
      // A link written relative to some other site cannot resolve among our pages: shown as text.
      if (text.startsWith("](", at) && isPathRelative(text.slice(at + 2))) return ["]\\(", 2];
      return undefined;
    },
    (written, content) => (content?.includes("<") ? htmlCode(content) : written),
  );
}

/**
 * Markdown text rewritten outside its code spans, scanned as CommonMark reads it: a backslash
 * escape is copied as it is; a backtick run (a code span, or literal backticks when nothing
 * closes it) is replaced by `span` of it as written and of its content; at any other character
 * `rewrite` gives the text that replaces the characters from there and how many it takes, or
 * `undefined` to copy the one character.
 */
export function rewriteOutsideCode(
  text: string,
  rewrite: (at: number) => readonly [replacement: string, length: number] | undefined,
  span: (written: string, content: string | undefined) => string,
): string {
  let out = "";
  let at = 0;
  while (at < text.length) {
    const c = text[at]!;
    if (c === "\\") {
      out += text.slice(at, at + 2);
      at += 2;
    } else if (c === "`") {
      const { end, content } = backtickRun(text, at);
      out += span(text.slice(at, end), content);
      at = end;
    } else {
      const [replacement, length] = rewrite(at) ?? [c, 1];
      out += replacement;
      at += length;
    }
  }
  return out;
}

/**
 * A code span that holds `<` as an HTML `<code>` element whose text markdown cannot read as
 * syntax either. Renderers disagree on where code spans are (markdown-it misses `` [`<b>` [ ` ``
 * that CommonMark sees), so `<` is never left to depend on it.
 */
function htmlCode(content: string): string {
  const flat = content.replace(/\n/g, " ");
  const stripped =
    flat.length >= 2 && flat.startsWith(" ") && flat.endsWith(" ") && flat.trim() !== "" ? flat.slice(1, -1) : flat;
  return `<code>${htmlText(stripped)}</code>`;
}

/** A link destination (what follows `](`) that is a relative path: no scheme, not `/…`, not `#…`. */
function isPathRelative(destination: string): boolean {
  const target = destination.trimStart().replace(/^</, "");
  return target !== "" && !target.startsWith(")") && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(target);
}

/** Any text as one code span: a fence longer than any backtick run inside, spaces where needed. */
export function codeSpan(text: string): string {
  const flat = normaliseLineBreaks(text).replace(/\n/g, " ");
  let longest = 0;
  for (const match of flat.matchAll(/`+/g)) longest = Math.max(longest, match[0].length);
  const fence = "`".repeat(longest + 1);
  const pad =
    flat.startsWith("`") || flat.endsWith("`") || (flat.startsWith(" ") && flat.endsWith(" ") && flat.trim() !== "")
      ? " "
      : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
