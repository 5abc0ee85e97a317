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

type CheckSync = (
  source: string,
  flags: string,
  params: { readonly checker: "automaton"; readonly timeout: number },
) => RecheckResult;

let recheck: CheckSync | undefined;
/** Per `flags/source`: how the pattern's matching time grows, as recheck found it; `unknown` when it cannot tell. */
const cache = new Map<string, SuperLinear | "linear" | "unknown">();

/**
 * recheck's time per pattern, and in all per document. Its automaton grows with bounded repeats
 * of groups and unanchored stars: 126 of amazonaws.com/sagemaker's patterns took 10 s each (its
 * own limit), 7 minutes of one run. A pattern it cannot finish in time gets no warning.
 */
const RECHECK_MS = 1000;
const RECHECK_BUDGET_MS = 15_000;
let recheckSpent = 0;

/** Gives recheck its whole budget again: once per document checked (`generate --watch` checks many). */
export function renewRecheckBudget(): void {
  recheckSpent = 0;
}

/**
 * Whether a (JavaScript) pattern can backtrack for longer than linear time, as recheck (a ReDoS
 * checker built on automata theory) finds it; for a warning only. Its pure-JavaScript build runs
 * in this process, so nothing is fetched or spawned. Patterns that `provablyLinear` clears (most
 * real ones) are not handed to it.
 */
export function superLinear(source: string, flags: string): SuperLinear | undefined {
  if (provablyLinear(source)) return undefined;
  const key = `${flags}/${source}`;
  let growth = cache.get(key);
  if (growth === undefined) {
    growth = recheckGrowth(source, flags);
    cache.set(key, growth);
  }
  return typeof growth === "object" ? growth : undefined;
}

function recheckGrowth(source: string, flags: string): SuperLinear | "linear" | "unknown" {
  if (recheckSpent >= RECHECK_BUDGET_MS) return "unknown";
  recheck ??= (require("recheck/lib/browser.js") as { checkSync: CheckSync }).checkSync;
  // The automaton checker alone: deterministic and fast (its default fuzzer took 6 s on one of
  // GitHub's patterns here). It cannot model backreferences and lookarounds: those come back
  // "unknown", no warning; `specgen validate` still bounds their matches in time.
  // On some real patterns (AWS's, hundreds of alternatives) its automaton overflows the stack:
  // then the answer is "unknown", as for backreferences, never a crash of the run.
  const started = performance.now();
  const result = checkedOrUnknown(source, flags, recheck);
  recheckSpent += performance.now() - started;
  return result?.status === "vulnerable"
    ? { complexity: result.complexity?.summary ?? "super-linear", attack: result.attack?.string }
    : result?.status === "safe"
      ? "linear"
      : "unknown";
}

function checkedOrUnknown(source: string, flags: string, check: CheckSync): ReturnType<CheckSync> | undefined {
  try {
    return check(source, flags, { checker: "automaton", timeout: RECHECK_MS });
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/**
 * True when a backtracking engine matches the pattern in time linear in the text: it is anchored
 * at the start (one start position; each top-level alternative anchored), has no backreference
 * or lookaround, no group quantified with an open count or holding an open quantifier, at most one
 * quantifier whose count is open or large per top-level alternative, and at most MAX_CHOICES ways
 * to take its bounded quantifiers and alternatives (`^(a|a)?(a|a)?…` is exponential in the
 * pattern's length). Then a match tries at most (n + 1) × MAX_CHOICES paths, each of bounded cost
 * after the one open quantifier.
 */
export function provablyLinear(source: string): boolean {
  if (!source.startsWith("^")) return false;
  let open = 0;
  let inClass = false;
  // One frame per open group; the bottom one is the pattern. `done` sums the ways of the group's
  // finished alternatives, `current` multiplies those of the alternative being read.
  const frames: { done: number; current: number; hasOpen: boolean }[] = [{ done: 0, current: 1, hasOpen: false }];
  let closed: { ways: number; hasOpen: boolean } | undefined;
  for (let i = 1; i < source.length; i++) {
    const c = source[i]!;
    const frame = frames[frames.length - 1]!;
    const group = closed;
    closed = undefined;
    if (c === "\\") {
      const next = source[i + 1];
      if (!inClass && next !== undefined && (/[1-9]/.test(next) || next === "k")) return false;
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") {
      inClass = true;
      continue;
    }
    if (c === "(") {
      if (source[i + 1] === "?" && source[i + 2] !== ":") return false;
      frames.push({ done: 0, current: 1, hasOpen: false });
      continue;
    }
    if (c === ")") {
      if (frames.length === 1) return false;
      frames.pop();
      closed = { ways: frame.done + frame.current, hasOpen: frame.hasOpen };
      const parent = frames[frames.length - 1]!;
      parent.hasOpen ||= frame.hasOpen;
      // Taken once unless a quantifier follows (then it multiplies again below).
      parent.current *= closed.ways;
      if (parent.current > MAX_CHOICES) return false;
      continue;
    }
    if (c === "|") {
      if (frames.length === 1) {
        // Anchored alternatives one after the other: the sum of linear times.
        if (source[i + 1] !== "^") return false;
        i++;
        open = 0;
      }
      frame.done += frame.current;
      frame.current = 1;
      if (frame.done > MAX_CHOICES) return false;
      continue;
    }
    const count =
      c === "*" || c === "+" ? OPEN : c === "?" ? { min: 0, max: 1 } : c === "{" ? braces(source.slice(i)) : undefined;
    if (count === undefined) continue;
    if (count === OPEN || count.max - count.min >= 100) {
      if (group !== undefined || ++open > 1) return false;
      for (const enclosing of frames) enclosing.hasOpen = true;
    } else if (group !== undefined) {
      if (group.hasOpen) return false;
      // The group was counted once; a bounded count takes it up to `max` times.
      frame.current = (frame.current / group.ways) * (count.max - count.min + 1) * group.ways ** count.max;
    } else {
      frame.current *= count.max - count.min + 1;
    }
    if (frame.current > MAX_CHOICES) return false;
    if (c === "{") i = source.indexOf("}", i);
    // A lazy suffix quantifies nothing new.
    if (source[i + 1] === "?") i++;
  }
  return frames.length === 1 && !inClass;
}

/** Ways to take a pattern's bounded quantifiers and alternatives that still count as a constant. */
const MAX_CHOICES = 1024;

const OPEN = { min: 0, max: Infinity };

/** `{n}`, `{n,}`, `{n,m}` as counts; not a quantifier (a literal `{`): undefined. */
function braces(text: string): { min: number; max: number } | undefined {
  const match = /^\{(\d+)(,(\d*))?\}/.exec(text);
  if (!match) return undefined;
  const min = Number(match[1]);
  if (match[2] === undefined) return { min, max: min };
  return match[3] === "" ? OPEN : { min, max: Number(match[3]) };
}
