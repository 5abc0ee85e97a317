import { pointerTokens } from "../codegen/json-pointer.js";
import type { LoadedSide } from "./sides.js";

/**
 * Line of each JSON pointer in one side's text (of the nearest existing ancestor when the node is
 * absent). YAML documents answer from their parse tree; JSON ones are scanned once for all pointers,
 * since a per-pointer scan of a 13 MB file thousands of times would take minutes.
 */
export function linesOf(side: LoadedSide, pointers: Iterable<string>): Map<string, number | undefined> {
  const unique = [...new Set(pointers)];
  const out = new Map<string, number | undefined>();
  if (!side.text.trimStart().startsWith("{")) {
    for (const pointer of unique) out.set(pointer, side.spec.source.lineOf(pointerTokens(pointer)));
    return out;
  }
  const root: Trie = { children: new Map(), line: undefined };
  for (const pointer of unique) {
    let node = root;
    for (const token of pointerTokens(pointer)) {
      let next = node.children.get(token);
      if (!next) node.children.set(token, (next = { children: new Map(), line: undefined }));
      node = next;
    }
  }
  new Scanner(side.text).scan(root);
  for (const pointer of unique) {
    let node: Trie | undefined = root;
    let line = root.line;
    for (const token of pointerTokens(pointer)) {
      node = node.children.get(token);
      if (!node || node.line === undefined) break;
      line = node.line;
    }
    out.set(pointer, line);
  }
  return out;
}

interface Trie {
  readonly children: Map<string, Trie>;
  line: number | undefined;
}

const QUOTE = 34;
const BACKSLASH = 92;
const NEWLINE = 10;

class Scanner {
  private pos = 0;
  private line = 1;
  constructor(private readonly text: string) {}

  scan(root: Trie): void {
    this.space();
    root.line = this.line;
    this.value(root);
  }

  private space(): void {
    const text = this.text;
    for (;;) {
      const c = text.charCodeAt(this.pos);
      if (c === NEWLINE) this.line++;
      else if (c !== 32 && c !== 9 && c !== 13) return;
      this.pos++;
    }
  }

  /** Reads the value at `pos`, descending only where `trie` has children. */
  private value(trie: Trie): void {
    if (trie.children.size === 0) {
      this.skip();
      return;
    }
    const open = this.text[this.pos];
    if (open === "{") {
      this.pos++;
      this.space();
      if (this.text[this.pos] === "}") return void this.pos++;
      for (;;) {
        this.space();
        const keyLine = this.line;
        const key = this.string();
        this.space();
        this.pos++; // ':'
        this.space();
        const child = trie.children.get(key);
        if (child) {
          child.line = keyLine;
          this.value(child);
        } else {
          this.skip();
        }
        this.space();
        if (this.text[this.pos++] !== ",") return;
      }
    }
    if (open === "[") {
      this.pos++;
      this.space();
      if (this.text[this.pos] === "]") return void this.pos++;
      for (let index = 0; ; index++) {
        this.space();
        const child = trie.children.get(String(index));
        if (child) {
          child.line = this.line;
          this.value(child);
        } else {
          this.skip();
        }
        this.space();
        if (this.text[this.pos++] !== ",") return;
      }
    }
    this.skip();
  }

  private string(): string {
    const start = this.pos;
    this.pos++;
    const text = this.text;
    for (;;) {
      const c = text.charCodeAt(this.pos);
      if (Number.isNaN(c)) break;
      this.pos++;
      if (c === BACKSLASH) this.pos++;
      else if (c === QUOTE) break;
    }
    return JSON.parse(text.slice(start, this.pos)) as string;
  }

  private skip(): void {
    const text = this.text;
    let depth = 0;
    for (;;) {
      const c = text.charCodeAt(this.pos);
      if (Number.isNaN(c)) return;
      if (c === QUOTE) {
        this.pos++;
        for (;;) {
          const s = text.charCodeAt(this.pos++);
          if (s === BACKSLASH) this.pos++;
          else if (s === QUOTE || Number.isNaN(s)) break;
        }
        if (depth === 0) return;
        continue;
      }
      if (c === 123 || c === 91) depth++;
      else if (c === 125 || c === 93) {
        if (depth === 0) return;
        depth--;
        if (depth === 0) {
          this.pos++;
          return;
        }
      } else if (depth === 0 && (c === 44 || c === 32 || c === 9 || c === 13 || c === NEWLINE)) {
        return;
      } else if (c === NEWLINE) {
        this.line++;
      }
      this.pos++;
    }
  }
}
