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

/** Exit 2 and exactly this one line on standard error: no stack trace, nothing else. */
export function expectRefusal(result: CliRun, line: string): void {
  expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 2, stderr: `specgen: error: ${line}\n` });
}
