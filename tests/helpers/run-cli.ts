import { main } from "../../generator/cli/main.js";

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in process, as `specgen <args>` would (from `cwd` when given), and collects what it prints. */
export async function runCli(args: readonly string[], cwd?: string): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main([...args], { stdout: (text) => void out.push(text), stderr: (text) => void err.push(text), ...(cwd !== undefined && { cwd }) });
  return { code, stdout: out.join(""), stderr: err.join("") };
}
