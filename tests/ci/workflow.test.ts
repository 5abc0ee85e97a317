import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { REPO } from "../helpers/paths.js";
import { runCliAt as runCli } from "../helpers/cli.js";

const WORKFLOW = path.join(REPO, "examples/ci/specgen.yml");

/** The `npx specgen …` lines of the workflow's steps, as argument lists (shell quotes removed, output redirection and `|| …` dropped). */
async function specgenCommands(env: Record<string, string>): Promise<string[][]> {
  const workflow = parse(await readFile(WORKFLOW, "utf8")) as { jobs: Record<string, { steps: { run?: string }[] }> };
  const lines = Object.values(workflow.jobs)
    .flatMap((job) => job.steps)
    .flatMap((step) => (step.run ?? "").split("\n"))
    .map((line) => line.trim())
    .filter((line) => line.startsWith("npx specgen "));
  return lines.map((line) => {
    const command = line
      .replace(/\s*(>|\|\|).*$/, "")
      .replace(/\$\{?(\w+)\}?/g, (_all, name: string) => env[name] ?? "");
    return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!).slice(2);
  });
}

describe("the GitHub Actions recipe (examples/ci/specgen.yml)", () => {
  it("runs check (github, sarif) and diff against the base branch; on this repository all pass", async () => {
    const commands = await specgenCommands({ BASE_REF: "HEAD" });
    expect(commands.map((args) => args.slice(0, 3).join(" "))).toEqual([
      "check --format github",
      "check --format sarif",
      "diff git:HEAD:spec/openapi.yaml spec/openapi.yaml",
    ]);
    for (const args of commands) {
      const result = await runCli([...args, "--quiet"]);
      expect(result.code, `specgen ${args.join(" ")}\n${result.stderr}`).toBe(0);
      if (args[0] === "diff") expect(result.stdout).not.toBe("");
      if (args.includes("sarif")) expect((JSON.parse(result.stdout) as { version: string }).version).toBe("2.1.0");
    }
  });
});
