// Part of `npm run build`, after tsc: writes the first-error validators of the official OpenAPI
// schemas into dist as Ajv's standalone code, so that loading a document does not compile them
// (0.3 to 0.5 s a run). dist/generator/load/structure.js reads them only when they were compiled
// from the same schemas with the same Ajv; else it compiles in process, as before.
import { rmSync } from "node:fs";
import { PRECOMPILED_DIR, writePrecompiledValidators } from "../dist/generator/load/structure.js";

rmSync(PRECOMPILED_DIR, { recursive: true, force: true });
writePrecompiledValidators();
