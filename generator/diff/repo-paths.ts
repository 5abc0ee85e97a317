import { execFile } from "node:child_process";
import { realpathSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * Maps spec files as the user named them to paths relative to the root of the git repository
 * holding the working directory, which is how GitHub annotations and SARIF name files. A file
 * outside the repository, or no repository at all, keeps the name it was given.
 */
export async function repoPathsOf(files: readonly string[]): Promise<(file: string) => string> {
  let root: string | undefined;
  try {
    root = (await run("git", ["rev-parse", "--show-toplevel"], { encoding: "utf8" })).stdout.trim();
  } catch {
    root = undefined;
  }
  const map = new Map<string, string>();
  for (const file of files) {
    if (root === undefined || root === "") break;
    const relative = path.relative(root, real(file));
    if (relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative))
      map.set(file, relative.split(path.sep).join("/"));
  }
  return (file) => map.get(file) ?? file;
}

/** The file's real path (git reports the root with symlinks resolved), or its folder's for a file that is not on disk (a `git:` side). */
function real(file: string): string {
  const absolute = path.resolve(file);
  try {
    return realpathSync(absolute);
  } catch {
    try {
      return path.join(realpathSync(path.dirname(absolute)), path.basename(absolute));
    } catch {
      return absolute;
    }
  }
}
