import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { SpecError } from "../errors.js";

/** `--formatter`: `none` (the default) writes the emitters' text as it is. */
export const FORMATTERS = ["prettier", "none"] as const;
export type FormatterName = (typeof FORMATTERS)[number];

/** The user's Prettier, found in their project (not loaded yet). */
export interface Prettier {
  /** Its entry point, as `require` resolves `prettier` from the project. */
  readonly entry: string;
  /** The package folder (`…/node_modules/prettier`). */
  readonly folder: string;
  readonly version: string;
}

/** One file to format: its text and the path it will be written to. */
export interface FormatJob {
  readonly source: string;
  readonly destination: string;
}

/**
 * Prettier is the user's, not a dependency of specgen: it is looked for as the generated code
 * would find it, from the output folder upward, then from the working directory. Its version
 * and configuration are then the ones the user's `prettier --check` runs with.
 */
export function findPrettier(out: string, cwd: string): Prettier {
  const folders = [path.resolve(out), ...(isWithin(path.resolve(out), path.resolve(cwd)) ? [] : [path.resolve(cwd)])];
  for (const folder of folders) {
    let entry: string;
    try {
      // The folder need not exist: only its path is walked up for node_modules.
      entry = createRequire(path.join(folder, "noop.js")).resolve("prettier");
    } catch {
      continue;
    }
    const manifest = packageOf(entry);
    return { entry, folder: manifest.folder, version: manifest.version };
  }
  throw new SpecError(
    "FORMATTER",
    `--formatter prettier: no prettier package found from ${folders.join(" or ")} upward; install it in the project: npm install --save-dev prettier`,
  );
}

/** The search from `folder` upward already passes through `ancestor`. */
function isWithin(folder: string, ancestor: string): boolean {
  const relative = path.relative(ancestor, folder);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

/** The nearest package.json named prettier above its entry point. */
function packageOf(entry: string): { folder: string; version: string } {
  for (let dir = path.dirname(entry); path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    let parsed: { name?: unknown; version?: unknown };
    try {
      parsed = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as typeof parsed;
    } catch {
      continue;
    }
    if (parsed.name === "prettier" && typeof parsed.version === "string")
      return { folder: dir, version: parsed.version };
  }
  throw new SpecError("FORMATTER", `--formatter prettier: ${entry} belongs to no prettier package.json`);
}

/** Below this much text one thread does it: starting another and loading Prettier there costs more. */
const TEXT_PER_THREAD = 128 * 1024;
/** Each thread holds its own Prettier (~100 MB once warm). */
const MAX_THREADS = 8;

type Reply =
  | { id: number; ok: true; contents: string }
  | { id: number; ok: false; stage: "load" | "config" | "format"; message: string };

/**
 * Every job's text formatted as the Prettier CLI would format that file: with the configuration
 * Prettier finds for its destination (`.prettierrc`, `overrides`, `.editorconfig`). Prettier
 * works on the thread that calls it, so the jobs are shared among worker threads, one core each,
 * each taking the next file when it is done with one. The results come in the jobs' order.
 */
export async function formatAll(prettier: Prettier, jobs: readonly FormatJob[]): Promise<string[]> {
  const text = jobs.reduce((sum, job) => sum + job.source.length, 0);
  const threads = Math.max(1, Math.min(os.availableParallelism(), MAX_THREADS, Math.ceil(text / TEXT_PER_THREAD)));
  const results: string[] = new Array<string>(jobs.length);
  const workers = Array.from(
    { length: Math.min(threads, jobs.length) },
    () => new Worker(new URL("./worker.cjs", import.meta.url), { workerData: { entry: prettier.entry } }),
  );
  let next = 0;
  // After a failure no new file is handed out; the files before it are finished, so that the one
  // reported is the first in the output's order whichever thread was faster.
  let failed: (Reply & { ok: false }) | undefined;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = (): void => {
              if (next === jobs.length || failed !== undefined) resolve();
              else {
                const id = next++;
                worker.postMessage({ id, ...jobs[id]! });
              }
            };
            worker.on("message", (reply: Reply) => {
              if (reply.ok) results[reply.id] = reply.contents;
              else if (failed === undefined || reply.id < failed.id) failed = reply;
              send();
            });
            worker.once("error", (error) =>
              reject(new SpecError("FORMATTER", `prettier ${prettier.version} failed: ${error.message}`)),
            );
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  if (failed !== undefined) throw failure(prettier, jobs[failed.id]!, failed);
  return results;
}

function failure(prettier: Prettier, job: FormatJob, reply: Reply & { ok: false }): SpecError {
  const file = { file: job.destination };
  if (reply.stage === "load")
    return new SpecError("FORMATTER", `cannot load prettier from ${prettier.folder}: ${reply.message}`);
  if (reply.stage === "config")
    return new SpecError("FORMATTER", `prettier cannot read its configuration: ${reply.message}`, file);
  return new SpecError(
    "FORMATTER",
    `prettier ${prettier.version} cannot format this generated file: ${reply.message}; nothing was written`,
    file,
  );
}
