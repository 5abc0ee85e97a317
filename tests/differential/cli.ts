import { modelOfFile } from "../helpers/model.js";
import { formatReport, runDifferential, type Report } from "../helpers/differential.js";
import { differentialSources, sample } from "./sources.js";

/**
 * `npm run differential`: every component schema of every source against Ajv; prints the
 * counts and the disagreements grouped by keyword; exit 1 when there is any.
 * Options: `--seed N` (default 1), `--limit N` payloads per schema (default 200),
 * `--random N` seeded random payloads per schema (default 20), `--sample N` schemas per
 * description (default all), `--only <substring of a source name>`.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const seed = Number(option("seed") ?? 1);
  const limit = Number(option("limit") ?? 200);
  const random = Number(option("random") ?? 20);
  const count = option("sample") === undefined ? undefined : Number(option("sample"));
  const only = option("only");
  const reports: Report[] = [];
  for (const source of differentialSources()) {
    if (only !== undefined && !source.name.includes(only)) continue;
    let loaded: Awaited<ReturnType<typeof modelOfFile>>;
    try {
      loaded = await modelOfFile(source.file);
    } catch (error) {
      console.log(`${source.name}: skipped (${(error as Error).message.split("\n")[0]})`);
      continue;
    }
    const { spec, model } = loaded;
    const keys = sample(
      [...model.schemas.values()]
        .filter((schema) => schema.origin.kind === "component")
        .map((schema) => schema.key)
        .sort(),
      count,
    );
    const report = await runDifferential(source.name, spec, model, keys, {
      seed,
      limit,
      random,
      prefix: "differential",
    });
    reports.push(report);
    console.log(
      `${report.source}: ${report.schemas} schemas, ${report.payloads} payloads, ${report.disagreements.length} disagreements`,
    );
    for (const failure of report.oracleFailures)
      console.log(`  not compared: ${failure.schema}: Ajv throws on it (${failure.message})`);
  }
  console.log("");
  console.log(formatReport(reports));
  const total = reports.reduce((sum, report) => sum + report.payloads, 0);
  const wrong = reports.reduce((sum, report) => sum + report.disagreements.length, 0);
  const uncompared = reports.reduce((sum, report) => sum + report.oracleFailures.length, 0);
  console.log(
    `\ntotal: ${total} payloads over ${reports.length} descriptions, ${wrong} disagreements` +
      (uncompared > 0 ? `; ${uncompared} schemas not compared (Ajv throws on them)` : ""),
  );
  process.exitCode = wrong === 0 ? 0 : 1;
}

await main();
