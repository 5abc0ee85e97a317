import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** How a pattern's matching time can grow with the length of the text, when faster than linear. */
export interface SuperLinear {
  /** `exponential`, or `2nd degree polynomial`, `3rd degree polynomial`… */
  readonly complexity: string;
  /** A text that makes it backtrack, as recheck built it. */
  readonly attack: string | undefined;
}

interface RecheckResult {
  readonly status: "safe" | "vulnerable" | "unknown";
  readonly complexity?: { readonly type: string; readonly summary: string };
  readonly attack?: { readonly string: string };
}

type CheckSync = (source: string, flags: string) => RecheckResult;

let recheck: CheckSync | undefined;
const cache = new Map<string, SuperLinear | undefined>();

/**
 * Whether a (JavaScript) pattern can backtrack for longer than linear time, as recheck (a ReDoS
 * checker built on automata theory, with a fuzzer for what automata cannot model) finds it. Its
 * pure-JavaScript build runs in this process, so nothing is fetched or spawned. Patterns that
 * `provablyLinear` clears (most real ones) are not handed to it: it takes 0.1 to 1 s a pattern.
 */
export function superLinear(source: string, flags: string): SuperLinear | undefined {
  const key = `${flags}/${source}`;
  if (cache.has(key)) return cache.get(key);
  let found: SuperLinear | undefined;
  if (!provablyLinear(source)) {
    recheck ??= (require("recheck/lib/browser.js") as { checkSync: CheckSync }).checkSync;
    const result = recheck(source, flags);
    if (result.status === "vulnerable") found = { complexity: result.complexity?.summary ?? "super-linear", attack: result.attack?.string };
  }
  cache.set(key, found);
  return found;
}

/**
 * True when a backtracking engine matches the pattern in time linear in the text: it is anchored
 * at the start (one start position), has no backreference or lookaround, no quantified group, and
 * at most one quantifier whose count is open or large. Then a match tries at most
 * (n + 1) × a constant paths, each of bounded cost after the one open quantifier.
 */
export function provablyLinear(source: string): boolean {
  if (!source.startsWith("^")) return false;
  let open = 0;
  let depth = 0;
  let inClass = false;
  // Where the atom before a quantifier ended a group: a quantified group.
  let afterGroup = false;
  for (let i = 1; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\\") {
      const next = source[i + 1];
      if (!inClass && next !== undefined && (/[1-9]/.test(next) || next === "k")) return false;
      i++;
      afterGroup = false;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") {
      inClass = true;
      afterGroup = false;
      continue;
    }
    if (c === "(") {
      if (source[i + 1] === "?" && source[i + 2] !== ":") return false;
      depth++;
      afterGroup = false;
      continue;
    }
    if (c === ")") {
      depth--;
      afterGroup = true;
      continue;
    }
    if (c === "|" && depth === 0) return false;
    const quantifier = c === "*" || c === "+" ? "open" : c === "?" ? "small" : c === "{" ? braces(source.slice(i)) : undefined;
    if (quantifier !== undefined) {
      if (afterGroup) return false;
      if (quantifier === "open" && ++open > 1) return false;
      if (c === "{") i = source.indexOf("}", i);
      // A lazy or possessive-looking suffix quantifies nothing new.
      if (source[i + 1] === "?") i++;
      continue;
    }
    afterGroup = false;
  }
  return true;
}

/** `{n}`, `{n,m}` with a small range: "small"; `{n,}` or a range of 100 or more: "open"; not a quantifier: undefined. */
function braces(text: string): "small" | "open" | undefined {
  const match = /^\{(\d+)(,(\d*))?\}/.exec(text);
  if (!match) return undefined;
  if (match[2] === undefined) return "small";
  if (match[3] === "") return "open";
  return Number(match[3]) - Number(match[1]) >= 100 ? "open" : "small";
}
