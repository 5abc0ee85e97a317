import { hostname } from "node:os";
import { lstat, readFile, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * The file a run writes first into its staging folder: it proves the folder is specgen's (with
 * the name) and says which process owns it, so that the next run can remove it once that
 * process is gone (SIGKILL, out of memory, a cancelled CI job).
 */
export const STAGING_MARKER = ".specgen-staging-marker.json";

interface Marker {
  readonly generator: "specgen";
  readonly target: string;
  readonly host: string;
  readonly pid: number;
}

export function stagingName(target: string, suffix: string): string {
  return `${target}.specgen-staging-${suffix}`;
}

export async function writeStagingMarker(staging: string, target: string): Promise<void> {
  const marker: Marker = { generator: "specgen", target, host: hostname(), pid: process.pid };
  await writeFile(path.join(staging, STAGING_MARKER), `${JSON.stringify(marker)}\n`);
}

/**
 * Removes the staging folders a killed run left beside `target`: only a real folder (not a
 * link) named `<target>.specgen-staging-<8 hex digits>` whose marker names this target and a
 * process that no longer runs on this machine. Returns the folders removed.
 */
export async function removeStaleStaging(target: string): Promise<string[]> {
  const parent = path.dirname(target);
  const pattern = new RegExp(`^${escapeRegExp(path.basename(target))}\\.specgen-staging-[0-9a-f]{8}$`);
  let names: string[];
  try {
    names = await readdir(parent);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names.filter((entry) => pattern.test(entry)).sort()) {
    const folder = path.join(parent, name);
    if (!(await lstat(folder)).isDirectory()) continue;
    const marker = await readMarker(folder);
    if (marker === undefined || marker.target !== target || (marker.host === hostname() && isRunning(marker.pid)))
      continue;
    await rm(folder, { recursive: true, force: true });
    removed.push(folder);
  }
  return removed;
}

async function readMarker(folder: string): Promise<Marker | undefined> {
  try {
    const value = JSON.parse(await readFile(path.join(folder, STAGING_MARKER), "utf8")) as Partial<Marker>;
    if (
      value.generator !== "specgen" ||
      typeof value.target !== "string" ||
      typeof value.host !== "string" ||
      typeof value.pid !== "number"
    )
      return undefined;
    return value as Marker;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
