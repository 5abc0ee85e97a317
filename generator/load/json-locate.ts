/** 1-based line of a character offset. */
export function lineAtOffset(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Finds the line of the value a JSON pointer names, by scanning the text once and skipping
 * every value off the path. Used only to place an error, so the file is never parsed twice on
 * the happy path. Returns the line of the deepest token that exists.
 */
export function lineOfJsonPointer(text: string, tokens: readonly string[]): number | undefined {
  const scanner = new JsonScanner(text);
  scanner.skipSpace();
  let found = scanner.pos;
  for (const token of tokens) {
    const at = scanner.enter(token);
    if (at === undefined) break;
    found = at;
  }
  return lineAtOffset(text, found);
}

class JsonScanner {
  pos = 0;
  constructor(private readonly text: string) {}

  skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
  }

  /** Moves into the member `token` of the value at `pos`; returns the offset of its key or element. */
  enter(token: string): number | undefined {
    this.skipSpace();
    const open = this.text[this.pos];
    if (open === "{") {
      this.pos++;
      for (;;) {
        this.skipSpace();
        if (this.text[this.pos] !== '"') return undefined;
        const keyStart = this.pos;
        const key = this.readString();
        this.skipSpace();
        this.pos++; // ':'
        this.skipSpace();
        if (key === token) return keyStart;
        this.skipValue();
        this.skipSpace();
        if (this.text[this.pos] !== ",") return undefined;
        this.pos++;
      }
    }
    if (open === "[") {
      this.pos++;
      const wanted = Number(token);
      for (let index = 0; ; index++) {
        this.skipSpace();
        if (this.text[this.pos] === "]") return undefined;
        if (index === wanted) return this.pos;
        this.skipValue();
        this.skipSpace();
        if (this.text[this.pos] !== ",") return undefined;
        this.pos++;
      }
    }
    return undefined;
  }

  private readString(): string {
    const start = this.pos;
    this.pos++;
    while (this.pos < this.text.length && this.text[this.pos] !== '"') this.pos += this.text[this.pos] === "\\" ? 2 : 1;
    this.pos++;
    return JSON.parse(this.text.slice(start, this.pos)) as string;
  }

  private skipValue(): void {
    this.skipSpace();
    const c = this.text[this.pos];
    if (c === '"') {
      this.readString();
      return;
    }
    if (c === "{" || c === "[") {
      let depth = 0;
      while (this.pos < this.text.length) {
        const ch = this.text[this.pos]!;
        if (ch === '"') {
          this.readString();
          continue;
        }
        if (ch === "{" || ch === "[") depth++;
        else if (ch === "}" || ch === "]") {
          depth--;
          if (depth === 0) {
            this.pos++;
            return;
          }
        }
        this.pos++;
      }
      return;
    }
    while (this.pos < this.text.length && !/[,}\]\s]/.test(this.text[this.pos]!)) this.pos++;
  }
}
