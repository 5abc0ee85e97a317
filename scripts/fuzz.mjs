// `npm run fuzz -- --minutes 30`: the structure-aware fuzzer of tests/hostile/fuzz.test.ts for as
// long as asked, with a fresh seed (or `--seed S` to replay a reported failure); prints the
// documents tried and the keywords covered.
import { spawnSync } from "node:child_process";

const option = (name) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const minutes = Number(option("--minutes") ?? 5);
const seed = option("--seed");
if (!(minutes > 0)) {
  console.error("usage: npm run fuzz -- --minutes N [--seed S]");
  process.exit(2);
}
const result = spawnSync(
  "npx",
  ["vitest", "run", "tests/hostile/fuzz.test.ts", "--testTimeout", String((minutes + 5) * 60_000)],
  {
    stdio: "inherit",
    env: {
      ...process.env,
      SPECGEN_FUZZ_MINUTES: String(minutes),
      ...(seed !== undefined && { SPECGEN_FUZZ_SEED: seed }),
    },
  },
);
process.exit(result.status ?? 1);
