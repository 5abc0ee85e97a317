// `npm run fuzz -- --minutes 30`: the structure-aware fuzzer of tests/hostile/fuzz.test.ts for as
// long as asked, with a fresh seed; prints the documents tried and the keywords covered.
import { spawnSync } from "node:child_process";

const at = process.argv.indexOf("--minutes");
const minutes = at >= 0 ? Number(process.argv[at + 1]) : 5;
if (!(minutes > 0)) {
  console.error("usage: npm run fuzz -- --minutes N");
  process.exit(2);
}
const result = spawnSync(
  "npx",
  ["vitest", "run", "tests/hostile/fuzz.test.ts", "--testTimeout", String((minutes + 5) * 60_000)],
  {
    stdio: "inherit",
    env: { ...process.env, SPECGEN_FUZZ_MINUTES: String(minutes) },
  },
);
process.exit(result.status ?? 1);
