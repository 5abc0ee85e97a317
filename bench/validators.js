// Ops/sec of our compiled validators (generated/validators/, transpiled with ts.transpileModule)
// against Ajv 8, zod 4, valibot 1 and TypeBox on the same CreateChatCompletionRequest payloads,
// in one process. Every contender's verdicts are checked first. Samples are interleaved (each
// round times every contender on every payload) so that a busy machine slows all of them alike;
// the median of the rounds is reported. Run by `npm run bench` or `node bench/run.js validators`
// (after `npm run build`: Ajv gets the bundled spec from dist/).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import ts from "typescript";
import { loadSpec } from "../dist/generator/index.js";
import { peers } from "./peers/chat-request.js";
import { payloads } from "./peers/payloads.js";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const WARMUP_MS = 300;
const SAMPLE_MS = Number(process.env.BENCH_SAMPLE_MS ?? 300);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 7);
const BATCH = 100;

/** Transpiles generated/validators/*.ts into a temp folder and imports the request's module. */
async function loadOurs() {
  const source = path.join(repo, "generated/validators");
  const scratch = mkdtempSync(path.join(os.tmpdir(), "specgen-bench-validators-"));
  const out = path.join(scratch, "validators");
  mkdirSync(out);
  for (const file of readdirSync(source).filter((name) => name.endsWith(".ts"))) {
    const options = { compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 } };
    const js = ts.transpileModule(readFileSync(path.join(source, file), "utf8"), options).outputText;
    writeFileSync(path.join(out, file.replace(/\.ts$/, ".js")), js);
  }
  try {
    return await import(pathToFileURL(path.join(out, "createchatcompletionrequest.js")).href);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Ajv 8 (draft 2020-12, as OpenAPI 3.1 is) over the bundled document, with ajv-formats.
 * `ownProperties: true` as in our differential test (tests/helpers/ajv-reference.ts): the same
 * semantics as ours, and the faster Ajv here, since without it Ajv walks maps with `for…in`,
 * which is slow on integer-like keys such as logit_bias's token ids.
 */
async function loadAjv() {
  const spec = await loadSpec(path.join(repo, "spec/openapi.yaml"));
  if (spec.version !== "3.1") throw new Error(`expected an OpenAPI 3.1 document, got ${spec.version}`);
  const ajv = new Ajv2020.default({ strict: false, ownProperties: true });
  addFormats.default(ajv);
  ajv.addSchema({ ...spec.document, $id: "doc" });
  return ajv.getSchema("doc#/components/schemas/CreateChatCompletionRequest");
}

/** Calls `check(value)` for at least `ms`; ops/sec, and the number of true verdicts (so none is optimised away). */
function sample(check, value, ms) {
  let ops = 0;
  let accepted = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (let i = 0; i < BATCH; i++) if (check(value)) accepted++;
    ops += BATCH;
    elapsed = performance.now() - start;
  } while (elapsed < ms);
  return { opsPerSec: (ops * 1000) / elapsed, accepted, ops };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function human(opsPerSec) {
  if (opsPerSec >= 1e6) return `${(opsPerSec / 1e6).toFixed(2)} M/s`;
  if (opsPerSec >= 1e3) return `${(opsPerSec / 1e3).toPrecision(3)} k/s`;
  return `${opsPerSec.toFixed(0)} /s`;
}

export async function benchValidators() {
  const ours = await loadOurs();
  const ajv = await loadAjv();
  const contenders = [
    { name: "ours: isCreateChatCompletionRequest", ours: true, check: ours.isCreateChatCompletionRequest },
    {
      name: "ours: validateCreateChatCompletionRequest (first error)",
      ours: true,
      check: (value) => ours.validateCreateChatCompletionRequest(value).ok,
    },
    { name: "Ajv 8 compiled (+ ajv-formats, ownProperties)", ajv: true, check: (value) => ajv(value) },
    ...peers,
  ];

  const disagreements = [];
  for (const contender of contenders) {
    for (const payload of payloads) {
      const verdict = contender.check(payload.value);
      if (verdict !== payload.valid)
        disagreements.push(`${contender.name} says ${verdict ? "valid" : "invalid"} on ${payload.name}`);
    }
  }
  if (disagreements.length > 0) {
    console.error(`validators bench: verdicts disagree with the expected ones:\n  ${disagreements.join("\n  ")}`);
    process.exit(1);
  }

  for (const contender of contenders) for (const payload of payloads) sample(contender.check, payload.value, WARMUP_MS);
  const samples = contenders.map(() => payloads.map(() => []));
  for (let round = 0; round < SAMPLES; round++) {
    payloads.forEach((payload, p) =>
      contenders.forEach((contender, c) => {
        const result = sample(contender.check, payload.value, SAMPLE_MS);
        if (result.accepted !== (payload.valid ? result.ops : 0))
          throw new Error(`${contender.name} changed its verdict on ${payload.name}`);
        samples[c][p].push(result.opsPerSec);
      }),
    );
  }
  const medians = samples.map((perPayload) => perPayload.map(median));
  const ajvRow = medians[contenders.findIndex((c) => c.ajv)];

  console.log(
    `\nCreateChatCompletionRequest (spec/openapi.yaml), one process, median of ${SAMPLES} interleaved samples of ${SAMPLE_MS} ms, Node ${process.version}, ${os.cpus().length} cores\n`,
  );
  for (const payload of payloads) if (payload.detail) console.log(`- ${payload.name}: ${payload.detail}`);
  console.log(`\n| validator | ${payloads.map((p) => `${p.name} | vs Ajv`).join(" | ")} |`);
  console.log(`| --- | ${payloads.map(() => "---: | ---:").join(" | ")} |`);
  contenders.forEach((contender, c) => {
    const cells = medians[c].map((ops, p) => `${human(ops)} | ${(ops / ajvRow[p]).toFixed(2)}×`);
    console.log(`| ${contender.name} | ${cells.join(" | ")} |`);
  });

  const verdicts = contenders.flatMap((contender, c) => {
    if (!contender.ours) return [];
    const ratios = medians[c].map((ops, p) => ops / ajvRow[p]);
    const met = ratios.every((ratio, p) => ratio >= (payloads[p].valid ? 1.5 : 1));
    return [
      `${contender.name.replace("ours: ", "")} ${met ? "met" : "not met"} (${ratios.map((r) => `${r.toFixed(2)}×`).join(", ")})`,
    ];
  });
  console.log(`\nTargets, ours ÷ Ajv ≥ 1.5× on valid and ≥ 1× on each invalid: ${verdicts.join("; ")}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchValidators();
