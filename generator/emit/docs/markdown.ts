import { normaliseLineBreaks } from "../../codegen/code.js";

/**
 * Spec text on its way into markdown. Spec text is untrusted: it must not break a table, open
 * an HTML element (`<script>`), or escape a code span. Everything here is a pure string function.
 */

/** A table cell: its markdown, and its width for the one-width rule (a line break counts as one). */
export interface Cell {
  readonly text: string;
  readonly width: number;
}

const BREAK = "<br/>";

/** A cell from markdown that is already safe, where each `\n` becomes `<br/>`. */
export function cell(markdown: string): Cell {
  const lines = markdown.split("\n");
  return { text: lines.join(BREAK), width: markdown.length };
}

/**
 * Spec text for a table cell: line breaks as `<br/>`, `|` as `\|` (also inside code spans, where
 * GFM tables honour it), `<` outside code spans as `&lt;` so that no HTML comes through.
 */
export function textCell(text: string): Cell {
  return cell(escapeHtmlOutsideCode(normaliseLineBreaks(text)).replace(/\|/g, "\\|"));
}

/**
 * Spec text as a paragraph of a page: line breaks kept, no raw HTML, and no code fence left
 * open (an unclosed ``` would swallow the rest of the page): an opener without its closer is
 * escaped.
 */
export function prose(text: string): string {
  return closeFences(escapeHtmlOutsideCode(normaliseLineBreaks(text)));
}

const FENCE = /^( {0,3})(`{3,}|~{3,})/;

function closeFences(text: string): string {
  const lines = text.split("\n");
  let open: { index: number; marker: string } | undefined;
  lines.forEach((line, index) => {
    const match = FENCE.exec(line);
    if (!match) return;
    const marker = match[2]!;
    if (open === undefined) open = { index, marker };
    else if (marker[0] === open.marker[0] && marker.length >= open.marker.length && line.trim() === marker)
      open = undefined;
  });
  if (open === undefined) return text;
  const { index } = open;
  lines[index] = lines[index]!.replace(FENCE, (_all, indent: string, marker: string) => `${indent}\\${marker}`);
  return closeFences(lines.join("\n"));
}

/** Spec text on one line (a title, a list entry): line breaks become spaces, no raw HTML. */
export function inline(text: string): string {
  return escapeHtmlOutsideCode(normaliseLineBreaks(text).replace(/\s*\n\s*/g, " ")).trim();
}

/**
 * `<` becomes `&lt;` outside code spans; a code span holding `<` becomes a `<code>` element
 * (below). Code spans follow CommonMark: a run of n backticks up to the next run of exactly n;
 * a backslash-escaped character (`\``, `\<`) is literal and copied as it is. A link to a
 * relative path (`[x](other/page.md)`) is made text, since no page of ours answers it.
 */
export function escapeHtmlOutsideCode(text: string): string {
  let out = "";
  let at = 0;
  while (at < text.length) {
    const c = text[at]!;
    if (c === "\\") {
      out += text.slice(at, at + 2);
      at += 2;
      continue;
    }
    if (c === "<") {
      out += "&lt;";
      at++;
      continue;
    }
    if (c === "]" && text[at + 1] === "(" && isPathRelative(text.slice(at + 2))) {
      // A link written relative to some other site cannot resolve among our pages: shown as text.
      out += "]\\(";
      at += 2;
      continue;
    }
    if (c !== "`") {
      out += c;
      at++;
      continue;
    }
    let run = at;
    while (text[run] === "`") run++;
    const length = run - at;
    const close = findClosingRun(text, run, length);
    if (close < 0) {
      out += text.slice(at, run);
      at = run;
      continue;
    }
    const content = text.slice(run, close);
    out += content.includes("<") ? htmlCode(content) : text.slice(at, close + length);
    at = close + length;
  }
  return out;
}

/**
 * A code span that holds `<` as an HTML `<code>` element with every character that markdown or
 * HTML could read as syntax written as an entity. Renderers disagree on where code spans are
 * (markdown-it misses `` [`<b>` [ ` `` that CommonMark sees), so `<` is never left to depend on it.
 */
function htmlCode(content: string): string {
  const flat = content.replace(/\n/g, " ");
  const stripped =
    flat.length >= 2 && flat.startsWith(" ") && flat.endsWith(" ") && flat.trim() !== "" ? flat.slice(1, -1) : flat;
  return `<code>${stripped.replace(/[^A-Za-z0-9 ]/g, (c) => (c.charCodeAt(0) < 128 ? `&#${c.charCodeAt(0)};` : c))}</code>`;
}

/** A link destination (what follows `](`) that is a relative path: no scheme, not `/…`, not `#…`. */
function isPathRelative(destination: string): boolean {
  const target = destination.trimStart().replace(/^</, "");
  return target !== "" && !target.startsWith(")") && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(target);
}

function findClosingRun(text: string, from: number, length: number): number {
  for (let i = text.indexOf("`", from); i >= 0; i = text.indexOf("`", i)) {
    let end = i;
    while (text[end] === "`") end++;
    if (end - i === length) return i;
    i = end;
  }
  return -1;
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

/** A JSON string as a YAML double-quoted scalar (JSON's escapes are YAML's). */
export function yamlString(text: string): string {
  return JSON.stringify(text)
    .replace(/\u2028/g, "\\L")
    .replace(/\u2029/g, "\\P");
}
