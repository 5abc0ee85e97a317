// Whole-process timing of `specgen generate` (all outputs) against `openapi-typescript` (types only)
// on GitHub's REST description, alternating runs, medians and peak memory. Run by `npm run bench`.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const spec = require.resolve("@octokit/openapi/generated/api.github.com.json");
const probe = path.join(repo, "bench/rss-probe.mjs");
const runs = Number(process.env.BENCH_RUNS ?? 5);

function measure(args) {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ["--import", probe, ...args], {
    cwd: repo,
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (child.status !== 0) throw new Error(`${args.join(" ")} failed:\n${child.stderr}`);
  const rss = Number(/@@maxrss (\d+)/.exec(child.stderr)?.[1] ?? NaN) / 1024;
  return { seconds, rss };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export function benchGenerate() {
  const scratch = mkdtempSync(path.join(os.tmpdir(), "specgen-bench-"));
  const tools = [
    {
      name: "specgen generate (types, validators, docs, examples)",
      args: ["bin/specgen.js", "generate", "--spec", spec, "--out", path.join(scratch, "specgen")],
    },
    {
      name: "openapi-typescript (types only)",
      args: [
        path.join(repo, "node_modules/openapi-typescript/bin/cli.js"),
        spec,
        "-o",
        path.join(scratch, "openapi.d.ts"),
      ],
    },
  ];
  const samples = tools.map(() => []);
  for (let run = 0; run < runs; run++) tools.forEach((tool, i) => samples[i].push(measure(tool.args)));
  rmSync(scratch, { recursive: true, force: true });

  const rows = tools.map((tool, i) => ({
    tool: tool.name,
    median: median(samples[i].map((s) => s.seconds)),
    min: Math.min(...samples[i].map((s) => s.seconds)),
    rss: Math.max(...samples[i].map((s) => s.rss)),
  }));
  const peer = rows[1].median;
  console.log(
    `\nGitHub REST description (${path.relative(repo, spec)}), ${runs} runs each, whole processes, ${os.cpus().length} cores\n`,
  );
  console.log("| tool | median | fastest | ratio to openapi-typescript | peak memory |");
  console.log("| --- | ---: | ---: | ---: | ---: |");
  for (const row of rows) {
    console.log(
      `| ${row.tool} | ${row.median.toFixed(2)} s | ${row.min.toFixed(2)} s | ${(row.median / peer).toFixed(2)}× | ${Math.round(row.rss)} MiB |`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) benchGenerate();
