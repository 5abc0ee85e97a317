// `npm run bench`: every benchmark, each printing its table. Run on a quiet machine.
import { benchGenerate } from "./generate.js";

benchGenerate();
