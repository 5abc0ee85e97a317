import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { REPO } from "../helpers/paths.js";
import { tempDir } from "../helpers/tmp.js";

const run = promisify(execFile);

interface PackedFile {
  readonly path: string;
}

const SPEC = `openapi: 3.1.0
info: { title: Pets, version: "1" }
paths:
  /pets:
    post:
      operationId: createPet
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: "#/components/schemas/Pet" }
      responses:
        "201": { description: created }
components:
  schemas:
    Pet:
      type: object
      description: A pet.
      required: [name]
      properties:
        name: { type: string, description: The pet's name. }
        age: { type: integer, minimum: 0 }
`;

/**
 * What a user gets from the registry: the tarball `npm pack` makes, installed into an empty
 * project, its `specgen` binary run there. Slow (an npm install), so it lives in the corpus suite.
 */
describe("the published package", () => {
  let tarball: string;
  let files: string[];

  beforeAll(async () => {
    const packDir = await tempDir("pack");
    const { stdout } = await run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", packDir], {
      cwd: REPO,
      maxBuffer: 64 * 1024 * 1024,
    });
    const [packed] = JSON.parse(stdout) as [{ filename: string; files: PackedFile[] }];
    tarball = path.join(packDir, packed.filename);
    files = packed.files.map((file) => file.path);
  });

  it("holds the CLI, the compiled generator and the templates, and no test, fixture, spec or generated file", () => {
    expect(files).toContain("bin/specgen.js");
    expect(files).toContain("dist/generator/cli/main.js");
    expect(files).toContain("dist/generator/emit/wire-types/worker.cjs");
    expect(files).toContain("dist/generator/formatter/worker.cjs");
    expect(files).toContain("templates/docs/object.md.tmpl");
    // The config file's JSON Schema: the CLI validates a config against it.
    expect(files).toContain("specgen.config.schema.json");
    const outside = files.filter(
      (file) =>
        !/^(bin|dist\/generator|templates)\/|^(README\.md|package\.json|specgen\.config\.schema\.json)$/.test(file),
    );
    expect(outside).toEqual([]);
  });

  it("installs into an empty project, where `npx specgen generate` writes all four outputs", async () => {
    // Outside the repo, so that nothing resolves from the repo's own node_modules.
    const project = await mkdtemp(path.join(os.tmpdir(), "specgen-installed-"));
    await writeFile(
      path.join(project, "package.json"),
      JSON.stringify({ name: "scratch", version: "1.0.0", private: true, type: "module" }),
    );
    await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball], {
      cwd: project,
      maxBuffer: 64 * 1024 * 1024,
    });
    await writeFile(path.join(project, "pets.yaml"), SPEC);
    const { stdout } = await run(
      "npx",
      ["--no-install", "specgen", "generate", "--spec", "pets.yaml", "--out", "sdk"],
      { cwd: project },
    );
    expect(stdout).toMatch(/wrote \d+ files for \d+ schemas/);
    const written = await readdir(path.join(project, "sdk"), { recursive: true });
    expect(written).toEqual(
      expect.arrayContaining([
        "openapi.d.ts",
        "models/components/pet.ts",
        "validators/pet.ts",
        "docs/models/components/pet.md",
      ]),
    );
    // Prettier is not among specgen's dependencies: --formatter prettier asks for the project's own.
    const formatted = await run(
      "npx",
      ["--no-install", "specgen", "generate", "--spec", "pets.yaml", "--out", "sdk", "--formatter", "prettier"],
      { cwd: project },
    ).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    expect(formatted).toEqual({
      code: 2,
      stderr: `specgen: error: --formatter prettier: no prettier package found from ${path.join(project, "sdk")} upward; install it in the project: npm install --save-dev prettier\n`,
    });
    await rm(project, { recursive: true, force: true });
  });
});
