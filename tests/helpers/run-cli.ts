import { main } from "../../generator/cli/main.js";

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process and collects what it prints. */
export async function runCli(args: readonly string[], cwd?: string): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text), ...(cwd !== undefined && { cwd }) });
  return { code, stdout, stderr };
}
