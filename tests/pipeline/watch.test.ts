import { copyFile, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { plainIo } from "../../generator/cli/shared.js";
import { watchAndGenerate } from "../../generator/cli/generate-command.js";
import { SPEC } from "../helpers/paths.js";
import { tempDir } from "../helpers/tmp.js";

async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("generate --watch", () => {
  it("regenerates once per burst of saves, prints what changed, and survives a broken save", async () => {
    const dir = await tempDir("watch");
    const spec = path.join(dir, "openapi.yaml");
    const out = path.join(dir, "out");
    await copyFile(SPEC, spec);
    const stdout: string[] = [];
    const stderr: string[] = [];
    const io = plainIo(
      (t) => void stdout.push(t),
      (t) => void stderr.push(t),
    );
    const controller = new AbortController();
    const done = watchAndGenerate({ spec, out, only: ["types"] }, 100, io, controller.signal);
    await until(() => stdout.some((line) => line.includes("watching")));
    const runs = () => stdout.filter((line) => line.startsWith("specgen: wrote")).length;
    expect(runs()).toBe(1);

    const original = await readFile(spec, "utf8");
    const edited = original.replace("ID of the model to use", "ID of the model to use, as listed by GET /v1/models");
    // Three quick saves are one burst: one regeneration.
    for (const text of [edited, edited, edited]) await writeFile(spec, text);
    await until(() => runs() === 2);
    expect(stdout.join("")).toContain("~ models/components/chatcompletionrequest.ts");
    expect(await readFile(path.join(out, "models/components/chatcompletionrequest.ts"), "utf8")).toContain(
      "as listed by GET /v1/models",
    );

    await writeFile(spec, `${edited}\n  broken: [\n`);
    await until(() => stderr.some((line) => line.includes("output left as it was")));
    expect(await readFile(path.join(out, "models/components/chatcompletionrequest.ts"), "utf8")).toContain(
      "as listed by GET /v1/models",
    );

    controller.abort();
    await done;
    expect(runs()).toBe(2);
  });
});
