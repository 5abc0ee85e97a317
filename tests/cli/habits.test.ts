import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { Progress } from "../../generator/cli/progress.js";
import { REPO, SPEC } from "../helpers/paths.js";
import { runCliAt as runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";

const HINT = " (specgen --help for usage)\n";

describe("CLI habits", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir("habits");
  });

  it("--version prints package.json's version", async () => {
    const { version } = JSON.parse(await readFile(path.join(REPO, "package.json"), "utf8")) as { version: string };
    expect(await runCli(["--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("usage errors are one line naming the flag and what it accepts; exit 2", async () => {
    const cases: [string[], string][] = [
      [
        ["check", "--format", "xml"],
        `specgen: --format: "xml" is not allowed; choose from "text", "json", "github", "sarif"${HINT}`,
      ],
      [["generate", "--bogus"], `specgen: unknown option or argument --bogus${HINT}`],
      [["docs"], `specgen: missing --out${HINT}`],
      [["generate", "--debounce", "abc"], `specgen: --debounce: expected a number of milliseconds, 0 or more${HINT}`],
      [
        ["generate", "--only", ""],
        `specgen: --only: name at least one output; choose from types, validators, examples, docs${HINT}`,
      ],
      [
        ["generate", "--only", " , "],
        `specgen: --only: name at least one output; choose from types, validators, examples, docs${HINT}`,
      ],
      [
        ["check", "--only", "typs"],
        `specgen: --only: unknown output "typs"; choose from types, validators, examples, docs${HINT}`,
      ],
      [["generate", "--quiet", "--verbose"], `specgen: --quiet and --verbose cannot be used together${HINT}`],
      [[], `specgen: name a command: generate, docs, check, diff or validate${HINT}`],
    ];
    for (const [args, stderr] of cases)
      expect(await runCli(args), args.join(" ")).toEqual({ code: 2, stdout: "", stderr });
  });

  it("--help goes to stdout through the CLI's own stream", async () => {
    const help = await runCli(["check", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--only");
    expect(help.stdout).toContain("--quiet");
  });

  it("--quiet prints neither warnings nor the summary; --verbose names each step", async () => {
    const quiet = await runCli(["docs", "--spec", SPEC, "--out", path.join(dir, "quiet"), "--quiet"]);
    expect(quiet).toEqual({ code: 0, stdout: "", stderr: "" });
    const verbose = await runCli(["docs", "--spec", SPEC, "--out", path.join(dir, "verbose"), "--verbose"]);
    expect(
      verbose.stderr
        .split("\n")
        .filter((line) => line.startsWith("specgen: "))
        .map((line) => line.replace(/\d+ ms$/, "N ms")),
    ).toEqual([
      `specgen: loading ${SPEC}: N ms`,
      "specgen: building the model: N ms",
      `specgen: rendering and writing docs into ${path.join(dir, "verbose")}/: N ms`,
      "specgen: done in N ms",
    ]);
  });

  it("--out under a regular file is one line, exit 2", async () => {
    const file = path.join(dir, "notes.txt");
    await writeFile(file, "mine\n");
    const result = await runCli(["docs", "--spec", SPEC, "--out", path.join(file, "site"), "--quiet"]);
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: `specgen: error: cannot write into ${path.join(file, "site")}: ${file} is a file, not a folder\n`,
    });
    expect(await readFile(file, "utf8")).toBe("mine\n");
  });

  it("validate --schema with a typo suggests the nearest names", async () => {
    const payload = path.join(dir, "payload.json");
    await writeFile(payload, "{}");
    const result = await runCli(["validate", "--spec", SPEC, "--schema", "CreateChatCompletonRequest", payload]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `specgen: error: ${SPEC}: no schema named "CreateChatCompletonRequest"; did you mean CreateChatCompletionRequest?\n`,
    );
  });
});

describe("the progress line", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("appears on a terminal once a run has taken a second, follows the steps, and is erased at the end", () => {
    vi.useFakeTimers();
    let clock = 0;
    let written = "";
    const progress = new Progress({ write: (text) => void (written += text), isTTY: true, now: () => clock });
    progress.step("loading spec.yaml");
    clock = 900;
    vi.advanceTimersByTime(900);
    expect(written).toBe("");
    clock = 1000;
    vi.advanceTimersByTime(100);
    expect(written).toBe("\r\x1b[Kspecgen: loading spec.yaml… 1.0 s");
    clock = 1100;
    progress.step("building the model");
    expect(written.endsWith("\r\x1b[Kspecgen: building the model… 1.1 s")).toBe(true);
    progress.stop();
    expect(written.endsWith("\r\x1b[K")).toBe(true);
    const before = written;
    vi.advanceTimersByTime(5000);
    expect(written).toBe(before);
  });

  it("never appears when stderr is not a terminal", () => {
    vi.useFakeTimers();
    let written = "";
    const progress = new Progress({ write: (text) => void (written += text), isTTY: false });
    progress.step("loading");
    vi.advanceTimersByTime(10_000);
    progress.stop();
    expect(written).toBe("");
  });
});
