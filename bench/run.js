// `npm run bench`: every benchmark, each printing its table. Run on a quiet machine.
// `node bench/run.js generate` or `node bench/run.js validators` runs only that one;
// `validators-chat` and `validators-github` run one schema set of the validators benchmark.
import { benchGenerate } from "./generate.js";
import { benchValidators } from "./validators.js";
import { benchChatValidators } from "./validators-chat.js";
import { benchGithubValidators } from "./validators-github.js";

const benches = { generate: benchGenerate, validators: benchValidators };
const parts = { "validators-chat": benchChatValidators, "validators-github": benchGithubValidators };
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in benches) && !(name in parts));
if (unknown.length > 0) {
  console.error(
    `unknown benchmark ${unknown.join(", ")}; known: ${[...Object.keys(benches), ...Object.keys(parts)].join(", ")}`,
  );
  process.exit(2);
}
for (const name of wanted.length > 0 ? wanted : Object.keys(benches)) await (benches[name] ?? parts[name])();
