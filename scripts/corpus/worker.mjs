// A corpus worker process: takes one task at a time from the runner (`run.mjs`) and answers with
// its result. The runner kills it when a step outlives the time limit and forks a new one, so a
// hang, a stack overflow or an out-of-memory abort costs one description, not the run.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { generate, SpecError } from "../../dist/generator/index.js";
import { STRICT_OPTIONS } from "../../dist/generator/verify/typecheck.js";
import { createFolderChecker } from "./typecheck-folder.mjs";

const checkTypes = createFolderChecker(STRICT_OPTIONS);
let openapiTS;

/** Peak resident memory of this process since the last reset (Linux: /proc/self/clear_refs "5" resets VmHWM). */
function resetPeak() {
  try {
    writeFileSync("/proc/self/clear_refs", "5");
  } catch {
    // Not Linux: the peak is then the process's lifetime peak, an upper bound.
  }
}

function peakMb() {
  try {
    const kb = Number(/VmHWM:\s*(\d+)/.exec(readFileSync("/proc/self/status", "utf8"))?.[1]);
    return Math.round(kb / 1024);
  } catch {
    return Math.round(process.resourceUsage().maxRSS / 1024);
  }
}

async function timed(step) {
  resetPeak();
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = await step();
  return { value, ms: Math.round(performance.now() - start), cpuMs: cpuMs(cpu), peakMb: peakMb() };
}

/** CPU time of this process (all its threads) since `since`: unlike wall time, other loads on the machine do not inflate it. */
function cpuMs(since) {
  const { user, system } = process.cpuUsage(since);
  return Math.round((user + system) / 1000);
}

function failure(error) {
  if (error instanceof SpecError) return { status: "refused", code: error.code, message: error.format().slice(0, 500) };
  const stack = String(error?.stack ?? error)
    .split("\n")
    .slice(0, 8)
    .join("\n");
  return { status: "crashed", message: stack.slice(0, 1500) };
}

function typecheck(out) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = checkTypes(out);
  return {
    status: result.errors === 0 ? "clean" : "errors",
    ...result,
    ms: Math.round(performance.now() - start),
    cpuMs: cpuMs(cpu),
  };
}

async function runSpecgen(task, phase) {
  let step;
  try {
    step = await timed(() => generate({ spec: task.spec, out: task.out }));
  } catch (error) {
    rmSync(task.out, { recursive: true, force: true });
    return failure(error);
  }
  const generated = {
    status: "generated",
    ms: step.ms,
    cpuMs: step.cpuMs,
    peakMb: step.peakMb,
    files: step.value.written,
    warnings: step.value.warnings.length,
  };
  phase({ ...generated, tsc: { status: "timeout" } });
  const tsc = typecheck(task.out);
  if (tsc.errors === 0 && !task.keep) rmSync(task.out, { recursive: true, force: true });
  return { ...generated, tsc };
}

async function runOpenapiTypescript(task, phase) {
  openapiTS ??= await import("openapi-typescript");
  let step;
  try {
    step = await timed(async () =>
      openapiTS.astToString(await openapiTS.default(pathToFileURL(task.spec), { silent: true })),
    );
  } catch (error) {
    const message = String(error?.message ?? error)
      .split("\n")[0]
      .slice(0, 500);
    return { status: "refused", code: "OPENAPI_TYPESCRIPT", message };
  }
  const generated = { status: "generated", ms: step.ms, cpuMs: step.cpuMs, peakMb: step.peakMb, files: 1 };
  phase({ ...generated, tsc: { status: "timeout" } });
  // As a `.ts` file: a `.d.ts` would be skipped by `skipLibCheck`, and nothing of it checked.
  mkdirSync(task.out, { recursive: true });
  writeFileSync(path.join(task.out, "openapi.ts"), step.value);
  const tsc = typecheck(task.out);
  if (tsc.errors === 0 && !task.keep) rmSync(task.out, { recursive: true, force: true });
  return { ...generated, tsc };
}

const TOOLS = { specgen: runSpecgen, "openapi-typescript": runOpenapiTypescript };

process.on("message", async (task) => {
  const phase = (partial) => process.send({ id: task.id, event: "phase", partial });
  let result;
  try {
    result = await TOOLS[task.tool](task, phase);
  } catch (error) {
    result = failure(error);
  }
  process.send({ id: task.id, event: "done", result, rssMb: Math.round(process.memoryUsage().rss / 2 ** 20) });
});

// An error that escapes a task (a rejected promise nobody awaited) ends this worker; the runner
// records the task in progress as crashed and forks another.
process.on("uncaughtException", (error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(70);
});
process.on("unhandledRejection", (error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(70);
});
process.send({ event: "ready" });
