import { createRequire } from "node:module";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../generator/cli/main.js";
import { provablyLinear, superLinear } from "../../generator/pattern/backtracking.js";
import { patternRegExp } from "../../generator/pattern/compile.js";
import { boundedRegExpEngine, PatternTimeout } from "../../generator/validate/bounded-regexp.js";
import { FIXTURES } from "../helpers/paths.js";
import { tempDir } from "../helpers/tmp.js";

const recheck = (
  createRequire(import.meta.url)("recheck/lib/browser.js") as {
    checkSync: (source: string, flags: string) => { status: string };
  }
).checkSync;

/** Real patterns (GitHub's, AWS's, and common ones) that the cheap proof clears: recheck must agree. */
const CLEARED = [
  "^[a-zA-Z0-9._-]+$",
  "^sha256:[a-f0-9]{64}$",
  "^refs/(heads|tags|pull)/.*$",
  "^2021-03-31$",
  "^([0-9a-fA-F]{40}(?:[0-9a-fA-F]{24})?)$",
  "^ssh-(rsa|dss|ed25519) |^ecdsa-sha2-nistp(256|384|521) ",
  "^arn:aws:iam::\\d{12}:role/[\\w+=,.@-]+$",
];
/** Patterns the proof does not clear: each goes to recheck, which finds the slow ones. */
const NOT_CLEARED: [string, string | undefined][] = [
  ["^(a+)+$", "exponential"],
  ["(a|a)*b", "exponential"],
  ["\\s*#?\\s*$", "3rd degree polynomial"],
  ["^\\d+\\.\\d+\\.\\d+$", undefined],
  ["^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$", undefined],
];

describe("patterns that backtrack for longer than linear time", () => {
  it("the proof of linearity clears only patterns recheck finds safe", () => {
    for (const pattern of CLEARED) {
      expect(provablyLinear(pattern), pattern).toBe(true);
      expect(recheck(pattern, "u").status, pattern).toBe("safe");
    }
  });

  it("the proof does not clear a pattern whose bounded choices are exponential in its own length", () => {
    expect(provablyLinear(`^${"(a|a)?".repeat(12)}$`)).toBe(false);
    expect(provablyLinear(`^${"a?".repeat(10)}$`)).toBe(true);
    expect(provablyLinear(`^${"a?".repeat(11)}$`)).toBe(false);
    expect(provablyLinear("^(?:ab)*$")).toBe(false);
    expect(provablyLinear("^[a-z]+|[0-9]+$")).toBe(false);
  });

  it("examples are matched only against patterns whose shape proves linear time, never by recheck's verdict (timed)", () => {
    // recheck finds `^\\d+\\.\\d+$` safe, but how long it takes depends on the machine: the output must not.
    expect(patternRegExp("^\\d+\\.\\d+\\.\\d+$")).toBeUndefined();
    expect(recheck("^\\d+\\.\\d+\\.\\d+$", "u").status).toBe("safe");
    expect(patternRegExp("^[a-z]+$")).toBeInstanceOf(RegExp);
  });

  it("recheck names the complexity of the others", () => {
    for (const [pattern, complexity] of NOT_CLEARED) {
      expect(provablyLinear(pattern), pattern).toBe(false);
      expect(superLinear(pattern, "u")?.complexity, pattern).toBe(complexity);
    }
  });

  it("generate warns with the pointer", async () => {
    const file = path.relative(process.cwd(), path.join(FIXTURES, "load", "backtracking.yaml"));
    let stderr = "";
    const code = await main(["generate", "--spec", file, "--out", await tempDir("redos"), "--only", "validators"], {
      stdout: () => undefined,
      stderr: (text) => void (stderr += text),
    });
    expect(code).toBe(0);
    expect(stderr).toBe(
      `warning PATTERN_BACKTRACKING ${file}:10 #/components/schemas/Word/pattern: pattern "^(a+)+$" can take exponential time to match (e.g. on "aaaaaaaaaaaaaaaaaaaaaaaa…"); ` +
        "on untrusted input, plug a linear-time engine into the validators (setRegExpEngine with re2)\n",
    );
  });
});

describe("generate never matches the spec's own strings against a pattern that can backtrack", () => {
  it("keeps an example it cannot check, reads a required name as matching no pattern, and ends", async () => {
    const out = await tempDir("redos-examples");
    const spec = path.join(FIXTURES, "load", "backtracking-examples.yaml");
    const code = await main(["generate", "--spec", spec, "--out", out, "--only", "examples"], {
      stdout: () => undefined,
      stderr: () => undefined,
    });
    expect(code).toBe(0);
    const attack = `${"a".repeat(40)}!`;
    expect(await readFile(path.join(out, "examples", "word.ts"), "utf8")).toContain(
      `export const value: Word = ${JSON.stringify(attack)};`,
    );
    // The name does not match `^(a+)+$`; had it been tried, the run would not have ended.
    expect(await readFile(path.join(out, "examples", "labels.ts"), "utf8")).toContain(`${JSON.stringify(attack)}: "`);
  });
});

describe("specgen validate never hangs on a pattern", () => {
  it("a match past the time bound throws PatternTimeout; a proven-linear pattern runs as a plain RegExp", () => {
    const engine = boundedRegExpEngine(200);
    expect(engine("^[a-z]+$", "u")).toBeInstanceOf(RegExp);
    const slow = engine("^(a+)+$", "u");
    expect(slow.test("aaaa")).toBe(true);
    expect(() => slow.test(`${"a".repeat(40)}!`)).toThrow(PatternTimeout);
    // The worker is replaced after a time-out.
    expect(slow.test("aab")).toBe(false);
  });

  it("reports the payload as invalid, exit 1, with no warning about the pattern (it never hangs validate)", async () => {
    const dir = await tempDir("redos-validate");
    const attack = path.join(dir, "attack.json");
    await writeFile(attack, JSON.stringify(`${"a".repeat(40)}!`));
    let stdout = "";
    let stderr = "";
    const spec = path.join(FIXTURES, "load", "backtracking.yaml");
    const code = await main(
      ["validate", "--strict", "--spec", spec, "--schema", "Word", "--pattern-timeout", "200", attack],
      { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text) },
    );
    expect(code).toBe(1);
    expect(stderr).toBe("");
    expect(stdout).toBe(
      `${attack}: invalid Word, 1 error\n${attack}: the pattern "^(a+)+$" did not finish matching within 200 ms (catastrophic backtracking): the payload is refused [pattern]\n`,
    );
  });
});
