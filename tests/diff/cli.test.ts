import { writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/tmp.js";
import { runCli } from "../helpers/cli.js";

const run = (args: string[]) => runCli(...args);

/** base and head of a rule's fixture, relative to the repository (vitest runs there). */
const sides = (rule: string) => [`tests/fixtures/diff/${rule}/base.yaml`, `tests/fixtures/diff/${rule}/head.yaml`];
const TAGS = "/components/schemas/PetInput/properties/tags";

describe("specgen diff exit codes", () => {
  it("0 when nothing reaches --fail-on, 1 when something does", async () => {
    expect((await run(["diff", ...sides("request-property-added-optional")])).code).toBe(0);
    expect((await run(["diff", ...sides("request-max-items-lowered")])).code).toBe(1);
    expect((await run(["diff", ...sides("request-max-items-lowered"), "--fail-on", "none"])).code).toBe(0);
    expect((await run(["diff", ...sides("request-default-changed")])).code).toBe(0);
    expect((await run(["diff", ...sides("request-default-changed"), "--fail-on", "warning"])).code).toBe(1);
  });

  it("--axis grades by wire or source impact alone", async () => {
    // A removed request property: the server may ignore it (wire: warning), SDK code setting it breaks (source: breaking).
    expect((await run(["diff", ...sides("request-property-removed"), "--axis", "wire"])).code).toBe(0);
    expect((await run(["diff", ...sides("request-property-removed"), "--axis", "source"])).code).toBe(1);
    // A lowered maxItems breaks old requests on the wire and no code at all.
    expect((await run(["diff", ...sides("request-max-items-lowered"), "--axis", "source"])).code).toBe(0);
    expect((await run(["diff", ...sides("request-max-items-lowered"), "--axis", "wire"])).code).toBe(1);
  });

  it("2 when a side does not load: never a silent pass", async () => {
    const missing = await run(["diff", "tests/fixtures/nope.yaml", sides("request-max-items-lowered")[1]!]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("specgen: error: tests/fixtures/nope.yaml: cannot read the spec: ENOENT\n");
    const dir = await tempDir("diff-broken");
    const broken = path.join(dir, "broken.yaml");
    await writeFile(broken, "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a: [\n");
    const result = await run(["diff", sides("request-max-items-lowered")[0]!, broken]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^specgen: error: .*broken\.yaml:\d+: malformed YAML/);
    expect(result.stdout).toBe("");
  });

  it("reads a side from git with git:<ref>:<path>", async () => {
    const same = await run(["diff", "git:HEAD:spec/openapi.yaml", "spec/openapi.yaml"]);
    expect(same.stderr).toBe("");
    expect(same.code).toBe(0);
    expect(same.stdout).toBe(
      "specgen diff git:HEAD:spec/openapi.yaml → spec/openapi.yaml: 0 breaking, 0 warning, 0 info; nothing at or above breaking\n",
    );
    const badRef = await run(["diff", "git:no-such-ref-x:spec/openapi.yaml", "spec/openapi.yaml"]);
    expect(badRef.code).toBe(2);
    expect(badRef.stderr).toContain("git show no-such-ref-x:./spec/openapi.yaml failed");
  });
});

describe("specgen diff --ignore-file", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir("diff-ignore");
  });

  it("silences an accepted change by rule id and pointer", async () => {
    const file = path.join(dir, "accepted.txt");
    await writeFile(
      file,
      `# accepted breaking changes\nrequest-max-items-lowered ${TAGS} # the server never took more than 5\n`,
    );
    const result = await run(["diff", ...sides("request-max-items-lowered"), "--ignore-file", file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("0 breaking, 0 warning, 0 info (1 ignored)");
  });

  it("reads YAML too, and notes entries that matched nothing", async () => {
    const file = path.join(dir, "accepted.yaml");
    await writeFile(
      file,
      `- rule: request-max-items-lowered\n  pointer: ${TAGS}\n  reason: agreed with clients\n- rule: request-type-changed\n  pointer: /components/schemas/Nope\n  reason: old\n`,
    );
    const result = await run(["diff", ...sides("request-max-items-lowered"), "--ignore-file", file]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `specgen: note: ${file}:2: request-type-changed /components/schemas/Nope matched nothing\n`,
    );
  });

  it("refuses an entry without a reason or with an unknown rule (exit 2)", async () => {
    const noReason = path.join(dir, "no-reason.txt");
    await writeFile(noReason, `request-max-items-lowered ${TAGS}\n`);
    const first = await run(["diff", ...sides("request-max-items-lowered"), "--ignore-file", noReason]);
    expect(first.code).toBe(2);
    expect(first.stderr).toBe(`specgen: error: ${noReason}:1: ignoring request-max-items-lowered needs a reason\n`);
    const unknown = path.join(dir, "unknown.txt");
    await writeFile(unknown, `max-items-lowered ${TAGS} # typo\n`);
    expect((await run(["diff", ...sides("request-max-items-lowered"), "--ignore-file", unknown])).code).toBe(2);
  });
});

describe("specgen diff formats", () => {
  const [base, head] = sides("request-max-items-lowered") as [string, string];
  // `tags:` is on line 72 of both fixture files.
  const headLine = 72;
  const baseLine = 72;

  it("text", async () => {
    expect((await run(["diff", base, head])).stdout).toBe(
      "breaking request-max-items-lowered: maxItems 10 → 5\n" +
        "         at POST /pets request body application/json $.tags\n" +
        `         ${base}:${baseLine} → ${head}:${headLine}\n` +
        `specgen diff ${base} → ${head}: 1 breaking, 0 warning, 0 info; 1 at or above breaking: failing\n`,
    );
  });

  it("github annotations point at the line of the head spec", async () => {
    expect((await run(["diff", base, head, "--format", "github"])).stdout).toBe(
      `::error file=${head},line=${headLine},title=request-max-items-lowered::maxItems 10 → 5 (POST /pets request body application/json $.tags)\n` +
        `specgen diff ${base} → ${head}: 1 breaking, 0 warning, 0 info; 1 at or above breaking: failing\n`,
    );
  });

  it("markdown is a summary table, then the changes by level, collapsed below breaking", async () => {
    expect((await run(["diff", base, head, "--format", "markdown"])).stdout).toBe(
      "### specgen diff\n\n" +
        `${base} → ${head}: 1 breaking, 0 warning, 0 info; 1 at or above breaking: failing\n\n` +
        "| level | changes | places |\n| --- | ---: | ---: |\n| 🔴 breaking | 1 | 1 |\n\n" +
        "| rule | level | changes |\n| --- | --- | ---: |\n| `request-max-items-lowered` | breaking | 1 |\n\n" +
        "<details open><summary>🔴 breaking: 1 change</summary>\n\n" +
        "| rule | where | change | head |\n| --- | --- | --- | --- |\n" +
        `| \`request-max-items-lowered\` | POST /pets request body application/json \\$.tags | maxItems 10 → 5 | ${head}:${headLine} |\n` +
        "\n</details>\n",
    );
  });

  it("json carries the verdict and every field of a finding", async () => {
    const report = JSON.parse(
      (await run(["diff", base, head, "--format", "json", "--fail-on", "warning"])).stdout,
    ) as Record<string, unknown>;
    expect(report).toMatchObject({
      base,
      head,
      failOn: "warning",
      axis: "any",
      failed: true,
      summary: { breaking: 1, warning: 0, info: 0, ignored: 0 },
    });
    expect((report.findings as unknown[])[0]).toMatchObject({
      rule: "request-max-items-lowered",
      head: { file: head, pointer: TAGS, line: headLine },
    });
  });

  it("markdown escapes table syntax and every other markdown construct in spec text", async () => {
    const result = await run(["diff", ...sides("request-pattern-changed"), "--format", "markdown"]);
    expect(result.stdout).toContain("| pattern ^\\[a-z\\]+\\$ → ^(\\[a-z\\]+\\|\\[0-9\\]+)\\$ |");
  });
});
