import { constants } from "node:fs";
import { open, realpath, stat } from "node:fs/promises";
import path from "node:path";

/** Where a spec's `$ref`s may read files, and how much. */
export interface RefFilePolicy {
  /** Real paths of the folders whose trees may be read: the spec's own folder and any `--ref-root`. */
  readonly roots: readonly string[];
  /** A referenced file larger than this is refused. */
  readonly maxBytes: number;
}

/** The default size limit of one referenced file: GitHub's whole description is 13 MB. */
export const DEFAULT_MAX_REF_MB = 64;

/** Why a referenced file was not read; the caller names the `$ref` that asked for it. */
export class RefFileRefused extends Error {}

/**
 * The folders a spec's references may read: the spec's folder and the extra roots, each with its
 * symbolic links resolved (a root that does not exist keeps its lexical path: nothing is under it).
 */
export async function refFilePolicy(
  specFile: string,
  extraRoots: readonly string[],
  maxBytes: number,
): Promise<RefFilePolicy> {
  const folders = [path.dirname(path.resolve(specFile)), ...extraRoots.map((root) => path.resolve(root))];
  const roots = await Promise.all(folders.map((folder) => realpath(folder).catch(() => folder)));
  return { roots, maxBytes };
}

export function isInside(file: string, root: string): boolean {
  const relative = path.relative(root, file);
  return relative === "" || (relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

/**
 * Reads a referenced file only when its real path (symbolic links resolved) lies inside one of
 * the roots, it is a regular file (never a FIFO, a device or a `/proc` entry) and not larger than
 * the limit. The descriptor is opened non-blocking and checked again, so a file swapped for a
 * FIFO between the checks cannot hang the read.
 */
export async function readConfined(file: string, policy: RefFilePolicy): Promise<string> {
  let real: string;
  try {
    real = await realpath(file);
  } catch (error) {
    // A missing file is a dangling reference, not a refusal.
    throw new Error(`Error opening file ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (!policy.roots.some((root) => isInside(real, root))) {
    const where =
      policy.roots.length === 1
        ? `the spec's folder ${shown(policy.roots[0]!)}`
        : `the allowed folders ${policy.roots.map(shown).join(", ")}`;
    throw new RefFileRefused(`${shown(real)} is outside ${where}; pass --ref-root to allow it`);
  }
  const before = await stat(real);
  checkFile(real, before.isFile(), before.size, policy.maxBytes);
  const handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const opened = await handle.stat();
    checkFile(real, opened.isFile(), opened.size, policy.maxBytes);
    const buffer = Buffer.alloc(opened.size);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled).toString("utf8");
  } finally {
    await handle.close();
  }
}

function checkFile(file: string, regular: boolean, size: number, maxBytes: number): void {
  if (!regular) throw new RefFileRefused(`${shown(file)} is not a regular file`);
  if (size > maxBytes)
    throw new RefFileRefused(`${shown(file)} is ${size} bytes, more than --max-ref-mb allows (${maxBytes} bytes)`);
}

/** A path as the user would type it: relative to the current folder when it is under it. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative === "" ? "." : isInside(file, process.cwd()) ? relative : file;
}
