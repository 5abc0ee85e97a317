import { spawnSync } from "node:child_process";
import { hostname } from "node:os";
import { mkdir, readdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { STAGING_MARKER } from "../../generator/write/stale-staging.js";
import { runCli } from "../helpers/cli.js";
import { FIXTURES } from "../helpers/paths.js";
import { readTree } from "../helpers/read-tree.js";
import { tempDir } from "../helpers/tmp.js";

/** The id of a process that has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ["-e", ""]).pid!;
}

async function staging(folder: string, marker: object | undefined): Promise<void> {
  await mkdir(path.join(folder, "models"), { recursive: true });
  await writeFile(path.join(folder, "models/half-written.ts"), "export type Half = ");
  if (marker) await writeFile(path.join(folder, STAGING_MARKER), JSON.stringify(marker));
}

describe("staging folders left by a killed run", () => {
  it("are removed by the next run on the same output, only when name and marker prove them ours and their process is gone", async () => {
    const dir = await tempDir("stale");
    const out = path.join(dir, "out");
    const ours = { generator: "specgen", target: out, host: hostname() };
    await staging(`${out}.specgen-staging-0badc0de`, { ...ours, pid: deadPid() });
    await staging(`${out}.specgen-staging-00000001`, undefined);
    await staging(`${out}.specgen-staging-00000002`, { ...ours, pid: process.pid });
    await staging(`${out}.specgen-staging-00000003`, { ...ours, target: path.join(dir, "other"), pid: deadPid() });
    await staging(`${out}.specgen-staging-keep`, { ...ours, pid: deadPid() });
    await staging(path.join(dir, "elsewhere"), { ...ours, pid: deadPid() });
    await symlink(path.join(dir, "elsewhere"), `${out}.specgen-staging-0000000a`);

    const result = await runCli(
      "generate",
      "--spec",
      path.join(FIXTURES, "hostile/refs/spec/inside-ok.yaml"),
      "--out",
      out,
      "--only",
      "validators",
    );
    expect(result.code).toBe(0);
    expect((await readdir(dir)).sort()).toEqual([
      "elsewhere",
      "out",
      "out.specgen-staging-00000001",
      "out.specgen-staging-00000002",
      "out.specgen-staging-00000003",
      "out.specgen-staging-0000000a",
      "out.specgen-staging-keep",
    ]);
    expect((await readTree(out)).map((file) => file.path)).not.toContain(STAGING_MARKER);
  });
});
