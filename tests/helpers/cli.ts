import { expect } from "vitest";
import { main } from "../../generator/cli/main.js";

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in this process, capturing what it prints. */
export async function runCli(...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

/** Runs the CLI in this process as if started in `cwd` (where the config file is looked for). */
export async function runCliAt(args: readonly string[], cwd?: string): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main([...args], {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    ...(cwd !== undefined && { cwd }),
  });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

/** Exit 2 and exactly this one line on standard error: no stack trace, nothing else. */
export function expectRefusal(result: CliRun, line: string): void {
  expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 2, stderr: `specgen: error: ${line}\n` });
}
