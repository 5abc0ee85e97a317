import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import { SpecError } from "../errors.js";
import { loadSpecText, type LoadedSpec, type LoadOptions } from "../load/index.js";

const run = promisify(execFile);

export interface LoadedSide {
  /** The side as the user wrote it (`spec/openapi.yaml`, `git:main:spec/openapi.yaml`). */
  readonly label: string;
  /** The file findings point into (the path inside the repository for a `git:` side). */
  readonly file: string;
  readonly text: string;
  readonly spec: LoadedSpec;
}

const GIT_SIDE = /^git:([^:]+):(.+)$/;

/** Reads one side of a diff: a file, or `git:<ref>:<path>` through `git show`. */
export async function loadSide(label: string, options: LoadOptions = {}): Promise<LoadedSide> {
  const git = GIT_SIDE.exec(label);
  const file = git ? git[2]! : label;
  const text = git ? await gitShow(git[1]!, git[2]!, label) : await readSpecFile(label);
  const spec = await loadSpecText(text, git ? label : file, options);
  return { label, file, text, spec };
}

/** A side from text in memory (tests, programmatic use). */
export async function sideFromText(label: string, text: string, options: LoadOptions = {}): Promise<LoadedSide> {
  return { label, file: label, text, spec: await loadSpecText(text, label, options) };
}

async function readSpecFile(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    throw new SpecError(
      "IO",
      `cannot read the spec: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      { file },
    );
  }
}

async function gitShow(ref: string, file: string, label: string): Promise<string> {
  if (ref.startsWith("-")) throw new SpecError("IO", `not a git revision: ${JSON.stringify(ref)}`, { file: label });
  // `./` makes the path relative to the current folder, as a user typing it expects.
  const spec = `${ref}:${file.startsWith("/") || file.startsWith("./") ? file : `./${file}`}`;
  try {
    const { stdout } = await run("git", ["show", spec], { maxBuffer: 1 << 30, encoding: "utf8" });
    return stdout;
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? (error as Error).message)
      .trim()
      .split("\n")[0];
    throw new SpecError("IO", `git show ${spec} failed: ${stderr}`, { file: label });
  }
}
