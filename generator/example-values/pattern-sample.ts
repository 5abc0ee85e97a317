/**
 * A string that a (simple) regular expression accepts, for synthesised examples: literal
 * characters, escapes, classes, groups, the first alternative, and quantifiers repeated their
 * least count (at least `repeat` times for open-ended ones). The caller checks the result with
 * the real RegExp; a pattern this reader does not understand simply yields no sample.
 */
export function samplePattern(pattern: string, repeat = 0): string | undefined {
  try {
    const reader = new Reader(pattern, repeat);
    const text = reader.alternatives();
    return reader.done() ? text : undefined;
  } catch {
    return undefined;
  }
}

const CLASS_SAMPLES: Readonly<Record<string, string>> = { d: "1", w: "a", s: " ", D: "a", W: "-", S: "a" };
const CANDIDATES = ["a", "A", "1", "_", "-", " ", "x", "0", "z", "Z", "9", ".", "@", "/", ":"];

class Reader {
  private at = 0;
  constructor(
    private readonly source: string,
    private readonly repeat: number,
  ) {}

  done(): boolean {
    return this.at >= this.source.length;
  }

  private peek(): string | undefined {
    return this.source[this.at];
  }

  alternatives(): string {
    const first = this.sequence();
    while (this.peek() === "|") {
      this.at++;
      this.sequence();
    }
    return first;
  }

  private sequence(): string {
    let out = "";
    for (let c = this.peek(); c !== undefined && c !== "|" && c !== ")"; c = this.peek()) {
      const atom = this.atom();
      out += this.quantify(atom);
    }
    return out;
  }

  private atom(): string | undefined {
    const c = this.source[this.at++]!;
    if (c === "^" || c === "$") return "";
    if (c === ".") return "a";
    if (c === "\\") return this.escape();
    if (c === "[") return this.characterClass();
    if (c === "(") {
      let lookaround = false;
      if (this.peek() === "?") {
        const kind = this.source.slice(this.at, this.at + 3);
        if (kind.startsWith("?:")) this.at += 2;
        else if (kind.startsWith("?=") || kind.startsWith("?!")) {
          lookaround = true;
          this.at += 2;
        } else if (kind.startsWith("?<=") || kind.startsWith("?<!")) {
          lookaround = true;
          this.at += 3;
        } else if (kind.startsWith("?<")) this.at = this.source.indexOf(">", this.at) + 1;
        else throw new Error("group");
      }
      const inner = this.alternatives();
      if (this.source[this.at++] !== ")") throw new Error("unclosed group");
      return lookaround ? "" : inner;
    }
    if ("*+?{".includes(c)) throw new Error("dangling quantifier");
    return c;
  }

  private escape(): string {
    const c = this.source[this.at++];
    if (c === undefined) throw new Error("trailing backslash");
    if (c in CLASS_SAMPLES) return CLASS_SAMPLES[c]!;
    if (c === "b" || c === "B") return "";
    if (c === "n") return "\n";
    if (c === "t") return "\t";
    if (c === "u" || c === "x" || /[0-9pPkc]/.test(c)) throw new Error("unsupported escape");
    return c;
  }

  /** The first character a class accepts, tried against the class itself. */
  private characterClass(): string {
    const start = this.at - 1;
    let end = this.at;
    if (this.source[end] === "^") end++;
    if (this.source[end] === "]") end++;
    for (; end < this.source.length && this.source[end] !== "]"; end++) if (this.source[end] === "\\") end++;
    if (end >= this.source.length) throw new Error("unclosed class");
    this.at = end + 1;
    const klass = new RegExp(`^${this.source.slice(start, end + 1)}$`, "u");
    const body = this.source.slice(start + 1, end);
    const candidates = body.startsWith("^") ? CANDIDATES : [...body.replace(/\\./g, ""), ...CANDIDATES];
    const found = candidates.find((candidate) => klass.test(candidate));
    if (found === undefined) throw new Error("empty class");
    return found;
  }

  private quantify(atom: string | undefined): string {
    const text = atom ?? "";
    const c = this.peek();
    let min = 1;
    let open = false;
    if (c === "*" || c === "+" || c === "?") {
      this.at++;
      min = c === "+" ? 1 : 0;
      open = c !== "?";
    } else if (c === "{") {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!match) return text;
      this.at += match[0].length;
      min = Number(match[1]);
      const max = match[2] === undefined ? min : match[3] === "" ? Infinity : Number(match[3]);
      open = max > min;
      if (open) min = Math.min(max, Math.max(min, this.repeat));
      return text.repeat(min);
    } else {
      return text;
    }
    if (this.peek() === "?") this.at++;
    return text.repeat(open ? Math.max(min, this.repeat) : min);
  }
}
