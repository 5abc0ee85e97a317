import { mkdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSpec } from "../../generator/load/index.js";
import { buildModel } from "../../generator/model/build.js";
import { loadCompiledValidators } from "../../generator/validate/compiled.js";
import { STRICTEST_OPTIONS, typecheckFiles } from "../../generator/verify/typecheck.js";
import { ajvReference } from "../helpers/ajv-reference.js";
import { runCli } from "../helpers/cli.js";
import { esbuildTranspiler } from "../helpers/esbuild-transpiler.js";
import { readTree } from "../helpers/read-tree.js";
import { tempDir } from "../helpers/tmp.js";
import { documentArbitrary, keywordsOf } from "./fuzz-documents.js";

/** `npm run fuzz -- --minutes N` sets this; `npm test` runs a few documents with a fixed seed. */
const MINUTES = Number(process.env.SPECGEN_FUZZ_MINUTES ?? "0");
/** `npm run fuzz -- --seed S` replays the run fast-check reported as failing with that seed. */
const SEED = process.env.SPECGEN_FUZZ_SEED === undefined ? Date.now() : Number(process.env.SPECGEN_FUZZ_SEED);
const SECRET = "TOP-SECRET-OUTSIDE-THE-SPEC-FOLDER";

/** The document as JSON text, with ±Infinity written as 1e400 (JSON.stringify would write null). */
function jsonText(document: unknown): string {
  return JSON.stringify(document, (_key, value: unknown) =>
    value === Infinity ? "@@INF@@" : value === -Infinity ? "@@-INF@@" : value,
  )
    .replaceAll('"@@INF@@"', "1e400")
    .replaceAll('"@@-INF@@"', "-1e400");
}

describe("fuzz: random hostile documents", () => {
  let root: string;
  beforeAll(async () => {
    root = await tempDir("fuzz");
    await writeFile(path.join(root, "secret.yaml"), `type: string\ndescription: ${SECRET}\n`);
  });

  it("exit 0 with compiling output and validators that agree with Ajv, or exit 2 with one line; never a crash, a read outside, or a changed previous output", async () => {
    const figures = { documents: 0, accepted: 0, refused: 0, keywords: new Map<string, number>() };
    let run = 0;
    await fc.assert(
      fc.asyncProperty(documentArbitrary, async (document) => {
        const dir = path.join(root, `run${run++}`);
        await mkdir(path.join(dir, "spec/sub"), { recursive: true });
        await writeFile(path.join(dir, "secret.yaml"), `type: string\ndescription: ${SECRET}\n`);
        await writeFile(path.join(dir, "spec/inside.yaml"), "type: string\ndescription: inside\n");
        await writeFile(path.join(dir, "spec/sub/inside.yaml"), "type: integer\n");
        await symlink(path.join(dir, "secret.yaml"), path.join(dir, "spec/link-out.yaml"));
        const spec = path.join(dir, "spec/openapi.json");
        await writeFile(spec, jsonText(document));
        const out = path.join(dir, "out");
        await mkdir(out);
        await writeFile(path.join(out, "previous.txt"), "the user's file\n");
        figures.documents++;
        keywordsOf(document, figures.keywords);

        const result = await runCli("generate", "--spec", spec, "--out", out);
        if (result.code !== 0) {
          figures.refused++;
          expect(result.code).toBe(2);
          expect(result.stderr).toMatch(/^(warning [^\n]*\n)*specgen: error: [^\n]*\n$/);
          expect((await readTree(out)).map((file) => file.path)).toEqual(["previous.txt"]);
          return;
        }
        figures.accepted++;
        expect(result.stderr).not.toMatch(/\n\s+at /);
        const files = await readTree(out);
        expect(files.filter((file) => file.contents.includes(SECRET)).map((file) => file.path)).toEqual([]);
        expect(
          typecheckFiles(
            files.filter((file) => file.path.endsWith(".ts")),
            STRICTEST_OPTIONS,
          ),
        ).toEqual([]);

        const loaded = await loadSpec(spec);
        const model = buildModel(loaded);
        const keys = [...model.schemas.values()]
          .filter((schema) => schema.origin.kind === "component")
          .map((schema) => schema.key);
        const compiled = await loadCompiledValidators(model, keys, path.join(dir, "validators"), esbuildTranspiler);
        const ajv = ajvReference(loaded, { allErrors: false });
        const payloads = fc.sample(fc.jsonValue({ maxDepth: 3 }), { numRuns: 8, seed: run });
        for (const key of keys) {
          const check = ajv.at(`/components/schemas/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`);
          if (check === undefined) continue;
          const typeName = model.schemas.get(key)!.typeName;
          const ours = compiled.module(key)[`is${typeName}`] as (value: unknown) => boolean;
          for (const payload of payloads)
            expect({ key, payload, valid: ours(payload) }).toEqual({ key, payload, valid: check(payload) });
        }
      }),
      MINUTES > 0
        ? {
            numRuns: Number.MAX_SAFE_INTEGER,
            interruptAfterTimeLimit: MINUTES * 60_000,
            markInterruptAsFailure: false,
            seed: SEED,
          }
        : { numRuns: 3, seed: 15 },
    );
    if (MINUTES > 0) {
      console.log(
        `fuzz figures (seed ${SEED}): ${figures.documents} documents, ${figures.accepted} accepted (exit 0, compiled, validators = Ajv), ${figures.refused} refused (exit 2, one line)`,
      );
      console.log(
        `keywords covered: ${[...figures.keywords]
          .sort()
          .map(([k, n]) => `${k} ${n}`)
          .join(", ")}`,
      );
    }
    expect(figures.documents).toBeGreaterThan(0);
  });
});
