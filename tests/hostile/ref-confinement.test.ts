import { mkdir, symlink, writeFile } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, REPO } from "../helpers/paths.js";
import { readTree } from "../helpers/read-tree.js";
import { tempDir } from "../helpers/tmp.js";
import { expectRefusal, runCli } from "../helpers/cli.js";

const REFS = path.relative(REPO, path.join(FIXTURES, "hostile/refs"));
const OUTSIDE = `${REFS}/secret.yaml is outside the spec's folder ${REFS}/spec; pass --ref-root to allow it`;
const DOTDOT = `${REFS}/spec/dotdot.yaml`;
const DOTDOT_REFUSED = `${DOTDOT}:7 #/components/schemas/Leak/$ref: $ref "../secret.yaml" refused: ${OUTSIDE}`;

/** A spec whose only schema is `$ref: <ref>`, written into `dir`. */
async function specReferring(dir: string, name: string, ref: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(
    file,
    `openapi: 3.1.0\ninfo: { title: t, version: "1" }\npaths: {}\ncomponents:\n  schemas:\n    Leak:\n      $ref: ${JSON.stringify(ref)}\n`,
  );
  return path.relative(REPO, file);
}

describe("$ref reads only files inside the spec's folder tree", () => {
  let dir: string;
  let rel: string;
  let out: string;
  beforeAll(async () => {
    expect(process.cwd()).toBe(REPO);
    dir = await tempDir("refs");
    rel = path.relative(REPO, dir);
    await mkdir(path.join(dir, "spec"));
    await writeFile(path.join(dir, "secret.yaml"), "type: string\ndescription: TOP SECRET\n");
    out = path.join(dir, "out");
  });

  it("refuses a `..` escape, in every command, with the $ref's pointer and line", async () => {
    expectRefusal(await runCli("generate", "--spec", DOTDOT, "--out", out), DOTDOT_REFUSED);
    expectRefusal(await runCli("docs", "--spec", DOTDOT, "--out", out), DOTDOT_REFUSED);
    // `check` names a missing output folder before it loads the spec: give it one.
    const checked = path.join(dir, "checked");
    await mkdir(checked);
    expectRefusal(await runCli("check", "--spec", DOTDOT, "--out", checked), DOTDOT_REFUSED);
    expectRefusal(await runCli("diff", DOTDOT, `${REFS}/spec/inside-ok.yaml`), DOTDOT_REFUSED);
    expectRefusal(await runCli("diff", `${REFS}/spec/inside-ok.yaml`, DOTDOT), DOTDOT_REFUSED);
    const payload = path.join(dir, "payload.json");
    await writeFile(payload, '"x"');
    expectRefusal(await runCli("validate", "--spec", DOTDOT, "--schema", "Leak", payload), DOTDOT_REFUSED);
  });

  it("refuses a `..` escape inside a referenced file, naming that file's pointer", async () => {
    expectRefusal(
      await runCli("generate", "--spec", `${REFS}/spec/nested.yaml`, "--out", out),
      `${REFS}/spec/sub/wrapper.yaml:6 #/properties/leak/$ref: $ref "../../secret.yaml" refused: ${OUTSIDE}`,
    );
  });

  it("refuses an absolute path and a file:// URL", async () => {
    const secret = path.join(dir, "secret.yaml");
    const outside = `${rel}/secret.yaml is outside the spec's folder ${rel}/spec; pass --ref-root to allow it`;
    const absolute = await specReferring(path.join(dir, "spec"), "absolute.yaml", secret);
    expectRefusal(
      await runCli("generate", "--spec", absolute, "--out", out),
      `${absolute}:7 #/components/schemas/Leak/$ref: $ref ${JSON.stringify(secret)} refused: ${outside}`,
    );
    const url = await specReferring(path.join(dir, "spec"), "url.yaml", `file://${secret}`);
    expectRefusal(
      await runCli("generate", "--spec", url, "--out", out),
      `${url}:7 #/components/schemas/Leak/$ref: $ref ${JSON.stringify(`file://${secret}`)} refused: ${outside}`,
    );
  });

  it("refuses a symbolic link inside the folder that leads out of it", async () => {
    await symlink(path.join(dir, "secret.yaml"), path.join(dir, "spec/link.yaml"));
    const spec = await specReferring(path.join(dir, "spec"), "symlink.yaml", "link.yaml");
    expectRefusal(
      await runCli("generate", "--spec", spec, "--out", out),
      `${spec}:7 #/components/schemas/Leak/$ref: $ref "link.yaml" refused: ${rel}/secret.yaml is outside the spec's folder ${rel}/spec; pass --ref-root to allow it`,
    );
  });

  it("reads only regular files: a FIFO inside the folder and /dev/zero under --ref-root are refused, not read", async () => {
    execFileSync("mkfifo", [path.join(dir, "spec/fifo.yaml")]);
    const fifo = await specReferring(path.join(dir, "spec"), "fifo-ref.yaml", "fifo.yaml");
    expectRefusal(
      await runCli("generate", "--spec", fifo, "--out", out),
      `${fifo}:7 #/components/schemas/Leak/$ref: $ref "fifo.yaml" refused: ${rel}/spec/fifo.yaml is not a regular file`,
    );
    const device = await specReferring(path.join(dir, "spec"), "device.yaml", "/dev/zero");
    expectRefusal(
      await runCli("generate", "--spec", device, "--out", out, "--ref-root", "/dev"),
      `${device}:7 #/components/schemas/Leak/$ref: $ref "/dev/zero" refused: /dev/zero is not a regular file`,
    );
  });

  it("refuses a file over --max-ref-mb", async () => {
    await writeFile(path.join(dir, "spec/big.yaml"), `type: string\ndescription: ${"x".repeat(1024 * 1024)}\n`);
    const big = await specReferring(path.join(dir, "spec"), "big-ref.yaml", "big.yaml");
    expectRefusal(
      await runCli("generate", "--spec", big, "--out", out, "--max-ref-mb", "1"),
      `${big}:7 #/components/schemas/Leak/$ref: $ref "big.yaml" refused: ${rel}/spec/big.yaml is 1048603 bytes, more than --max-ref-mb allows (1048576 bytes)`,
    );
  });

  it("--ref-root widens the folder; files inside the spec's folder are read as before", async () => {
    const widened = path.join(dir, "widened");
    expect(
      (await runCli("generate", "--spec", DOTDOT, "--out", widened, "--only", "types", "--ref-root", `${REFS}`)).code,
    ).toBe(0);
    const leak = (await readTree(widened)).find((file) => file.path === "models/components/leak.ts")!;
    expect(leak.contents).toContain("TOP SECRET from outside the spec's folder");
    const inside = path.join(dir, "inside");
    expect(
      (await runCli("generate", "--spec", `${REFS}/spec/inside-ok.yaml`, "--out", inside, "--only", "types")).code,
    ).toBe(0);
    expect((await readTree(inside)).find((file) => file.path === "models/components/fine.ts")!.contents).toContain(
      "a file inside the spec's folder",
    );
  });

  it("a refused run writes nothing", async () => {
    await expect(readTree(out)).rejects.toThrow(/ENOENT/);
  });
});
