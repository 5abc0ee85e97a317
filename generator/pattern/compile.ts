import { provablyLinear } from "./backtracking.js";

/**
 * How a spec's `pattern` runs in JavaScript. JSON Schema asks for ECMA-262 with the `u` flag, as
 * Ajv compiles it. Real descriptions also carry other dialects: identity escapes such as `\-`,
 * `\#` or `\~` (an error with `u`; the character itself everywhere else), a lone `]` or `{`, and
 * constructs JavaScript lacks, such as Java's `\p{Print}`. The first two are rewritten to the `u`
 * form that means the same; what still does not compile is read without `u` unless it holds a
 * `\p`/`\P` escape (without `u`, `\p{Print}` would silently mean the text "p{Print}"); the rest
 * cannot be checked at all.
 */
export type CompiledPattern =
  | {
      readonly ok: true;
      /** The source and flags a generated validator compiles. */
      readonly source: string;
      readonly flags: "u" | "";
      readonly regExp: RegExp;
      /** Why the pattern was not taken as written, and how it was read instead. */
      readonly dialect?: { readonly reason: string; readonly reading: string } | undefined;
    }
  | { readonly ok: false; readonly reason: string };

const cache = new Map<string, CompiledPattern>();

export function compilePattern(pattern: string): CompiledPattern {
  let compiled = cache.get(pattern);
  if (compiled === undefined) {
    compiled = attempt(pattern);
    cache.set(pattern, compiled);
  }
  return compiled;
}

/**
 * The RegExp that checks the spec's own strings (examples, required names) against a pattern
 * while generating, or `undefined` when it cannot: JavaScript cannot run the pattern, or its
 * matching time is not known to be linear. Those strings are as untrusted as the pattern
 * (`^(a+)+$` and 40 `a`s then `!` would hang the run), and a time bound would make the output
 * depend on the machine's speed; callers treat `undefined` as "cannot tell".
 */
export function patternRegExp(pattern: string): RegExp | undefined {
  const compiled = compilePattern(pattern);
  // Decided by the pattern's shape alone, never by how long a checker took: the output must not
  // depend on the machine's speed.
  return compiled.ok && provablyLinear(compiled.source) ? compiled.regExp : undefined;
}

function attempt(pattern: string): CompiledPattern {
  let reason: string;
  try {
    return { ok: true, source: pattern, flags: "u", regExp: new RegExp(pattern, "u") };
  } catch (error) {
    reason = (error as Error).message.replace(/^Invalid regular expression: \/.*\/u?: /s, "");
  }
  const dialect = `not valid ECMA-262 with the "u" flag (${reason})`;
  const rewritten = withUnicodeEscapes(pattern);
  try {
    return {
      ok: true,
      source: rewritten,
      flags: "u",
      regExp: new RegExp(rewritten, "u"),
      dialect: { reason: dialect, reading: `read as ${JSON.stringify(rewritten)}` },
    };
  } catch {
    // not expressible with `u`: try the legacy reading below
  }
  if (!/\\[pP]/.test(pattern)) {
    try {
      return {
        ok: true,
        source: pattern,
        flags: "",
        regExp: new RegExp(pattern),
        dialect: { reason: dialect, reading: `read without "u"` },
      };
    } catch {
      // not JavaScript at all
    }
  }
  return { ok: false, reason };
}

const SYNTAX = new Set("^$\\.*+?()[]{}|/");
const QUANTIFIER = /^\{\d+(,\d*)?\}/;

/** `\#` → `#`, a lone `]` → `\]`, a `{` that opens no quantifier → `\{`: the same meaning, in the `u` dialect. */
function withUnicodeEscapes(pattern: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "\\") {
      const next = pattern[i + 1];
      if (next === undefined) return pattern;
      i++;
      const keep = /[A-Za-z0-9]/.test(next) || SYNTAX.has(next) || (inClass && next === "-");
      out += keep ? `\\${next}` : next;
    } else if (inClass) {
      if (c === "]") inClass = false;
      out += c;
    } else if (c === "[") {
      inClass = true;
      out += c;
      // `[]` and `[^]` in the first position are part of the class syntax, not its end.
      if (pattern[i + 1] === "^") out += pattern[++i];
    } else if (c === "]" || c === "}") {
      out += `\\${c}`;
    } else if (c === "{") {
      const quantifier = QUANTIFIER.exec(pattern.slice(i))?.[0];
      if (quantifier !== undefined) {
        out += quantifier;
        i += quantifier.length - 1;
      } else {
        out += "\\{";
      }
    } else {
      out += c;
    }
  }
  return out;
}
