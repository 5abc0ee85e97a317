/** 1-based line of a character offset. */
export function lineAtOffset(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The line of the value a JSON pointer names in `text` (one lookup; see JsonLocator for many). */
export function lineOfJsonPointer(text: string, tokens: readonly string[]): number | undefined {
  return new JsonLocator(text).lineOf(tokens);
}

/** Where a member of an object or array starts: its key (or element), and its value. */
interface Member {
  readonly at: number;
  readonly value: number;
}

/**
 * Finds the lines of JSON pointers in a JSON text, without parsing it again: each object or array
 * on a looked-up path is scanned once for where its members start (values off the path are
 * skipped, not read), and line starts are indexed once. The model asks for the line of every
 * inline schema it names: GitHub's description took 6 s of rescanning from the start per lookup,
 * and takes a fraction of a second so.
 */
export class JsonLocator {
  private readonly members = new Map<number, Map<string, Member>>();
  private lineStarts: number[] | undefined;

  constructor(private readonly text: string) {}

  /** 1-based line of the deepest existing value (key, for an object member) on the path of `tokens`. */
  lineOf(tokens: readonly string[]): number | undefined {
    let value = skipSpace(this.text, 0);
    let found = value;
    for (const token of tokens) {
      const member = this.membersAt(value).get(token);
      if (member === undefined) break;
      found = member.at;
      value = member.value;
    }
    return this.lineAt(found);
  }

  private lineAt(offset: number): number {
    const starts = (this.lineStarts ??= lineStartsOf(this.text));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }

  private membersAt(offset: number): Map<string, Member> {
    let members = this.members.get(offset);
    if (members === undefined) {
      members = scanMembers(this.text, offset);
      this.members.set(offset, members);
    }
    return members;
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** The members of the object or array at `offset` (none for a scalar or broken text). */
function scanMembers(text: string, offset: number): Map<string, Member> {
  const members = new Map<string, Member>();
  const open = text[offset];
  if (open !== "{" && open !== "[") return members;
  let pos = skipSpace(text, offset + 1);
  for (let index = 0; pos < text.length; index++) {
    if (text[pos] === "}" || text[pos] === "]") break;
    const at = pos;
    let key = String(index);
    if (open === "{") {
      if (text[pos] !== '"') break;
      const end = stringEnd(text, pos);
      key = JSON.parse(text.slice(pos, end)) as string;
      pos = skipSpace(text, end);
      if (text[pos] !== ":") break;
      pos = skipSpace(text, pos + 1);
    }
    // Of duplicate keys, the last: the one JSON.parse keeps.
    members.set(key, { at, value: pos });
    pos = skipSpace(text, valueEnd(text, pos));
    if (text[pos] !== ",") break;
    pos = skipSpace(text, pos + 1);
  }
  return members;
}

function skipSpace(text: string, pos: number): number {
  while (pos < text.length) {
    const c = text.charCodeAt(pos);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
    pos++;
  }
  return pos;
}

/** The offset just past the string literal that starts at `pos`. */
function stringEnd(text: string, pos: number): number {
  pos++;
  while (pos < text.length && text[pos] !== '"') pos += text[pos] === "\\" ? 2 : 1;
  return pos + 1;
}

/** The offset just past the value that starts at `pos`. */
function valueEnd(text: string, pos: number): number {
  const c = text[pos];
  if (c === '"') return stringEnd(text, pos);
  if (c === "{" || c === "[") {
    let depth = 0;
    while (pos < text.length) {
      const ch = text[pos]!;
      if (ch === '"') {
        pos = stringEnd(text, pos);
        continue;
      }
      if (ch === "{" || ch === "[") depth++;
      else if (ch === "}" || ch === "]") {
        depth--;
        if (depth === 0) return pos + 1;
      }
      pos++;
    }
    return pos;
  }
  while (pos < text.length && !/[,}\]\s]/.test(text[pos]!)) pos++;
  return pos;
}
