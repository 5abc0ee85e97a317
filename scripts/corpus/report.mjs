// The figures of a corpus run, from its records (one per description and tool), as JSON and as
// the markdown table docs/corpus.md shows.
export const TOOLS = ["specgen", "openapi-typescript"];

function percentile(values, p) {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function countBy(records, key) {
  const counts = {};
  for (const record of records) counts[key(record)] = (counts[key(record)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b)));
}

export function summarise(records, tool) {
  const mine = records.filter((record) => record.tool === tool);
  const generated = mine.filter((record) => record.status === "generated");
  const checked = generated.filter((record) => record.tsc?.status === "clean" || record.tsc?.status === "errors");
  const tscErrors = {};
  for (const record of generated) {
    for (const [code, count] of Object.entries(record.tsc?.byCode ?? {})) {
      tscErrors[code] ??= { errors: 0, outputs: 0 };
      tscErrors[code].errors += count;
      tscErrors[code].outputs += 1;
    }
  }
  const times = generated.map((record) => record.ms);
  const peaks = generated.map((record) => record.peakMb).filter((mb) => mb !== undefined);
  return {
    descriptions: mine.length,
    generated: generated.length,
    refused: countBy(
      mine.filter((record) => record.status === "refused"),
      (record) => record.code,
    ),
    crashed: mine.filter((record) => record.status === "crashed").length,
    timedOut: mine.filter((record) => record.status === "timeout").length,
    typeChecked: checked.length,
    compileClean: generated.filter((record) => record.tsc?.status === "clean").length,
    typeCheckTimedOut: generated.filter((record) => record.tsc?.status === "timeout").length,
    typeCheckCrashed: generated.filter((record) => record.tsc?.status === "crashed").length,
    tscErrors: Object.fromEntries(
      Object.entries(tscErrors).sort(([a, x], [b, y]) => y.outputs - x.outputs || a.localeCompare(b)),
    ),
    timeMs: { p50: percentile(times, 50), p95: percentile(times, 95), max: percentile(times, 100) },
    typeCheckMs: {
      p50: percentile(
        checked.map((r) => r.tsc.ms),
        50,
      ),
      p95: percentile(
        checked.map((r) => r.tsc.ms),
        95,
      ),
      max: percentile(
        checked.map((r) => r.tsc.ms),
        100,
      ),
    },
    peakMbP95: percentile(peaks, 95),
  };
}

/** What a reader needs to act on: every description that did not generate or did not compile. */
export function failures(records) {
  const pick = (record) => ({
    file: record.file,
    tool: record.tool,
    status: record.status,
    code: record.code,
    message: record.message,
    tsc: record.tsc?.status === "clean" ? undefined : record.tsc,
  });
  return records.filter((record) => record.status !== "generated" || record.tsc?.status !== "clean").map(pick);
}

/** Descriptions openapi-typescript generates and specgen does not: the anchor says they can be typed. */
export function behindAnchor(records) {
  const anchorGenerated = new Set(
    records.filter((r) => r.tool === "openapi-typescript" && r.status === "generated").map((r) => r.file),
  );
  return records
    .filter((r) => r.tool === "specgen" && r.status !== "generated" && anchorGenerated.has(r.file))
    .map((r) => r.file);
}

const percent = (part, whole) => (whole === 0 ? "–" : `${((100 * part) / whole).toFixed(1)}%`);
const seconds = (ms) => (ms === undefined ? "–" : `${(ms / 1000).toFixed(2)} s`);
const list = (counts) =>
  Object.entries(counts)
    .map(([key, n]) => `${key} ${n}`)
    .join(", ") || "0";

export function table(summaries) {
  const rows = [
    ["descriptions", (s) => String(s.descriptions)],
    ["generated", (s) => `${s.generated} (${percent(s.generated, s.descriptions)})`],
    ["refused, by error code", (s) => list(s.refused)],
    ["crashed (stack trace or signal)", (s) => String(s.crashed)],
    ["timed out (120 s)", (s) => String(s.timedOut)],
    ["compile-clean (of generated)", (s) => `${s.compileClean} (${percent(s.compileClean, s.generated)})`],
    ["type-check timed out or crashed", (s) => String(s.typeCheckTimedOut + s.typeCheckCrashed)],
    [
      "tsc errors by code (outputs: errors)",
      (s) =>
        Object.entries(s.tscErrors)
          .map(([code, n]) => `${code} ${n.outputs}: ${n.errors}`)
          .join(", ") || "none",
    ],
    [
      "generation time p50 / p95 / max",
      (s) => `${seconds(s.timeMs.p50)} / ${seconds(s.timeMs.p95)} / ${seconds(s.timeMs.max)}`,
    ],
    [
      "type-check time p50 / p95 / max",
      (s) => `${seconds(s.typeCheckMs.p50)} / ${seconds(s.typeCheckMs.p95)} / ${seconds(s.typeCheckMs.max)}`,
    ],
    ["peak memory p95 (worker process)", (s) => (s.peakMbP95 === undefined ? "–" : `${s.peakMbP95} MiB`)],
  ];
  const tools = Object.keys(summaries);
  const lines = [`| | ${tools.join(" | ")} |`, `| --- | ${tools.map(() => "---").join(" | ")} |`];
  for (const [label, cell] of rows)
    lines.push(`| ${label} | ${tools.map((tool) => cell(summaries[tool])).join(" | ")} |`);
  return lines.join("\n");
}
