// `npm run differential`: bundles tests/differential/cli.ts with esbuild (npm packages left
// external) into tests/tmp/ and runs it. Arguments are passed on (see cli.ts).
import { importTypeScript } from "./import-typescript.mjs";

await importTypeScript("tests/differential/cli.ts", "differential-cli");
