// `npm run bench`: every benchmark, each printing its table. Run on a quiet machine.
// `node bench/run.js generate` or `node bench/run.js validators` runs only that one.
import { benchGenerate } from "./generate.js";
import { benchValidators } from "./validators.js";

const benches = { generate: benchGenerate, validators: benchValidators };
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in benches));
if (unknown.length > 0) {
  console.error(`unknown benchmark ${unknown.join(", ")}; known: ${Object.keys(benches).join(", ")}`);
  process.exit(2);
}
for (const name of wanted.length > 0 ? wanted : Object.keys(benches)) await benches[name]();
