// Ops/sec of our generated validators against Ajv 8 on GitHub's 20 largest request bodies (by
// the size of their resolved JSON schema), in one process: `is`, `validate` (first error) and
// `validate` with every error, on each body's example request (the examples emitter's) and on
// that example with up to three leaves given a value of another type. Every verdict is checked
// first, against Ajv configured as in the differential tests. Per-schema ratios and their median.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { transform } from "esbuild";
import { z } from "zod";
import { buildModel, loadCompiledValidators, loadSpec, loadSpecText } from "../dist/generator/index.js";
import { exampleRequest } from "../dist/generator/emit/examples/operation-request.js";
import { ExampleSelector } from "../dist/generator/example-values/index.js";
import { loadAjvReference } from "./ajv-reference.js";
import { largestRequestBodies, withBodySchemas } from "./github-bodies.js";
import { invalidVariant } from "./mutate.js";
import { disagreements, human, interleaved, median, ratio } from "./timing.js";

const require = createRequire(import.meta.url);
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const GITHUB = require.resolve("@octokit/openapi/generated/api.github.com.json");
const COUNT = Number(process.env.BENCH_GITHUB_BODIES ?? 20);
const TIMING = {
  warmupMs: 100,
  sampleMs: Number(process.env.BENCH_GITHUB_SAMPLE_MS ?? 50),
  rounds: Number(process.env.BENCH_SAMPLES ?? 15),
};
const ALL_ERRORS = { allErrors: true };

const esbuildTranspiler = async (sources) =>
  (
    await Promise.all(sources.map((source) => transform(source, { loader: "ts", format: "esm", target: "es2022" })))
  ).map((result) => result.code);

/** The bodies, the document with each as a named schema (loaded and modelled), and their validators. */
async function prepare() {
  const original = await loadSpec(GITHUB);
  const bodies = largestRequestBodies(original.document, COUNT);
  const spec = await loadSpecText(JSON.stringify(withBodySchemas(original.document, bodies)), GITHUB);
  const model = buildModel(spec);
  const base = path.join(repo, "tests/tmp");
  mkdirSync(base, { recursive: true });
  const folder = mkdtempSync(path.join(base, "bench-github-validators-"));
  try {
    const compiled = await loadCompiledValidators(
      model,
      bodies.map((body) => body.key),
      folder,
      esbuildTranspiler,
    );
    return { spec, model, bodies, compiled };
  } finally {
    // BENCH_KEEP_VALIDATORS=1 keeps them, for a profile's line numbers.
    if (!process.env.BENCH_KEEP_VALIDATORS) rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * zod 4's `fromJSONSchema` (semi-experimental, its docs say) reads OpenAPI 3.0 schemas; its
 * references live under `definitions`. The one peer that takes JSON Schema: TypeBox's compiler
 * wants its own schema objects and valibot has no reader.
 */
function zodOf(document, schema) {
  const text = JSON.stringify({ ...schema, definitions: document.components?.schemas ?? {} });
  const rewritten = JSON.parse(text.replaceAll('"#/components/schemas/', '"#/definitions/'));
  return z.fromJSONSchema(rewritten, { defaultTarget: "openapi-3.0" });
}

/**
 * Per body: its payloads, checked, and the contenders that run it (ours, Ajv, zod when it can),
 * each with its verdicts checked; notes on where zod did not run. Also used to profile one set.
 */
export async function githubSets() {
  const { spec, model, bodies, compiled } = await prepare();
  const ajvReference = await loadAjvReference();
  const ajvFirstAt = ajvReference(spec, { allErrors: false });
  const ajvAllAt = ajvReference(spec, { allErrors: true });
  const selector = new ExampleSelector(model);
  const zodNotes = [];

  const sets = bodies.map((body) => {
    const operation = model.operations.find((op) => op.method === body.method && op.path === body.path);
    const example = operation && exampleRequest(model, operation, selector)?.body;
    if (example === undefined) throw new Error(`${body.id}: no example request body`);
    const pointer = `/components/schemas/${body.key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    const ajvFirst = ajvFirstAt.at(pointer);
    const ajvAll = ajvAllAt.at(pointer);
    if (!ajvFirst || !ajvAll) throw new Error(`${body.id}: Ajv cannot compile ${pointer}`);
    const typeName = model.schemas.get(body.key).typeName;
    const module = compiled.module(body.key);
    const is = module[`is${typeName}`];
    const validate = module[`validate${typeName}`];
    const ajvErrors = (value) => (ajvAll(value) ? 0 : ajvAll.errors.length);
    const invalid = invalidVariant(example.value, ajvErrors);
    if (invalid === undefined) throw new Error(`${body.id}: no change to the example makes it invalid`);
    const payloads = [
      { name: "valid", value: example.value, valid: true },
      { name: "invalid", value: invalid.value, valid: false, changed: invalid.changed },
    ];
    const contenders = [
      { name: "is", ours: true, mode: "first", check: is },
      { name: "validate", ours: true, mode: "first", check: (v) => validate(v).ok },
      { name: "validate all", ours: true, mode: "all", check: (v) => validate(v, ALL_ERRORS).ok },
      { name: "Ajv", mode: "first", check: (v) => ajvFirst(v) },
      { name: "Ajv all", mode: "all", check: (v) => ajvAll(v) },
    ];
    const wrong = disagreements(contenders, payloads, `${body.id}: `);
    if (wrong.length > 0) throw new Error(`validators bench: verdicts disagree:\n  ${wrong.join("\n  ")}`);
    let zod;
    try {
      const schema = zodOf(spec.document, body.schema);
      zod = { name: "zod", mode: "all", check: (v) => schema.safeParse(v).success };
    } catch (error) {
      zodNotes.push(`${body.id}: zod cannot read it (${error.message})`);
    }
    if (zod && disagreements([zod], payloads).length > 0) {
      zodNotes.push(`${body.id}: zod's verdicts differ (${disagreements([zod], payloads).join("; ")})`);
      zod = undefined;
    }
    if (zod) contenders.push(zod);
    const errors = { ours: validate(invalid.value, ALL_ERRORS).errors.length, ajv: ajvErrors(invalid.value) };
    return { body, typeName, payloads, contenders, errors };
  });
  return { sets, zodNotes, model };
}

export async function benchGithubValidators() {
  const { sets, zodNotes } = await githubSets();

  const cells = sets.flatMap((set) =>
    set.contenders.flatMap((contender) => set.payloads.map((payload) => ({ contender, payload }))),
  );
  const medians = interleaved(cells, TIMING);
  let next = 0;
  for (const set of sets) set.ops = set.contenders.map(() => set.payloads.map(() => medians[next++]));

  const columns = [
    ["is", "Ajv"],
    ["validate", "Ajv"],
    ["validate all", "Ajv all"],
    ["zod", "Ajv all"],
  ].flatMap(([ours, ajv]) =>
    ["valid", "invalid"].map((payload) => ({
      ours,
      ajv,
      payload,
      title: `${ours} ${payload}`,
      // Issue #16's targets: ours on valid payloads, and ours with every error on invalid ones.
      target: ours !== "zod" && (payload === "valid" || ours === "validate all"),
    })),
  );
  /** One cell: a contender's ops/sec and its ratio to the Ajv doing the same work; `undefined` when it did not run. */
  const cellOf = (set, column) => {
    const c = set.contenders.findIndex((contender) => contender.name === column.ours);
    const a = set.contenders.findIndex((contender) => contender.name === column.ajv);
    const p = set.payloads.findIndex((payload) => payload.name === column.payload);
    return c < 0 ? undefined : { ops: set.ops[c][p], ratio: set.ops[c][p] / set.ops[a][p] };
  };
  const zodRan = sets.filter((set) => set.contenders.some((contender) => contender.name === "zod")).length;

  console.log(
    `\nGitHub's ${COUNT} largest request bodies (@octokit/openapi ${require("@octokit/openapi/package.json").version}, by resolved schema size), one process, median of ${TIMING.rounds} interleaved samples of ${TIMING.sampleMs} ms, Node ${process.version}, ${os.cpus().length} cores\n`,
  );
  console.log(
    "- Ajv 8 as tests/helpers/ajv-reference.ts configures it: allErrors false against `is` and `validate`, true against `validate all` and zod.",
  );
  console.log(
    `- zod 4 (safeParse, every issue) on the schema its fromJSONSchema reads, where it can and gives the same verdicts: ${zodRan} of ${sets.length} schemas.` +
      " TypeBox's compiler takes only its own schema objects and valibot reads no JSON Schema: neither ran.",
  );
  for (const note of zodNotes) console.log(`  - ${note}`);
  console.log(
    "- Valid: the body's example request (the examples emitter's). Invalid: the example with up to 3 leaves given a value of another type, each kept only when Ajv then finds more errors.",
  );
  console.log("- Cells: ÷ Ajv (ops/s).\n");
  console.log(`| operation | resolved schema | errors ours / Ajv | ${columns.map((c) => c.title).join(" | ")} |`);
  console.log(`| --- | ---: | ---: | ${columns.map(() => "---:").join(" | ")} |`);
  for (const set of sets) {
    const row = columns.map((column) => {
      const cell = cellOf(set, column);
      return cell === undefined ? "—" : `${ratio(cell.ratio)} (${human(cell.ops)})`;
    });
    console.log(
      `| ${set.body.id} | ${(set.body.size / 1024).toFixed(1)} KB | ${set.errors.ours} / ${set.errors.ajv} | ${row.join(" | ")} |`,
    );
  }
  const medianRatios = columns.map((column) =>
    median(sets.map((set) => cellOf(set, column)?.ratio).filter((value) => value !== undefined)),
  );
  console.log(
    `| **median** | | | ${medianRatios.map((value) => (value === undefined ? "—" : `**${ratio(value)}**`)).join(" | ")} |`,
  );
  const ours = columns.filter((column) => column.target);
  const met = ours.every((column) => medianRatios[columns.indexOf(column)] >= (column.payload === "valid" ? 1.5 : 1));
  console.log(
    `\nTargets, median ours ÷ Ajv ≥ 1.5× on valid and ≥ 1× on invalid with every error: ${met ? "met" : "not met"} (${ours.map((c) => `${c.title} ${ratio(medianRatios[columns.indexOf(c)])}`).join(", ")})`,
  );
  const shown = columns.filter((column) => !column.target && column.ours !== "zod");
  console.log(
    `Not judged: ${shown.map((c) => `${c.title} ${ratio(medianRatios[columns.indexOf(c)])}`).join(", ")} (the first error: a value is checked first, so that a valid one passes at the speed of \`is\`, and walked again for its error when it fails)`,
  );
}
