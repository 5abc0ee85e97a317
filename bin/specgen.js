#!/usr/bin/env node
// The CLI ships as compiled JavaScript in dist/ (built by `npm run build`, which `npm ci` runs via `prepare`).
import { main } from "../dist/generator/cli/main.js";

process.exitCode = await main(process.argv.slice(2));
