// Writes generator/emit/validators/format-table.ts from ajv-formats (a devDependency): the
// regular expressions of its full and fast modes, and the names of the runtime functions that
// port its function formats, for the names generator/model/format-names.ts lists. Run after
// upgrading ajv-formats or changing that list: `npm run build && node scripts/write-format-table.mjs`.
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { STRING_FORMAT_NAMES } from "../dist/generator/model/format-names.js";

const require = createRequire(import.meta.url);
const formats = require("ajv-formats/dist/formats.js");
const { version } = require("ajv-formats/package.json");
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const FUNCTIONS = {
  date: "fullDate",
  time: "fullTime",
  "date-time": "fullDateTime",
  "iso-time": "isoTime",
  "iso-date-time": "isoDateTime",
  uri: "fullUri",
  regex: "regexSource",
  byte: "base64",
};

let text = `// Written by scripts/write-format-table.mjs from ajv-formats ${version}; tests/validators/formats.test.ts checks it still matches.\n\n`;
text +=
  "/** A format check: a regular expression (its source text), or a function of the runtime (`fn`). */\nexport type FormatCheck = { readonly regex: string } | { readonly fn: string };\n\n";
/** A format's check in one mode, as the table writes it. */
function check(mode, name) {
  const entry = formats[`${mode}Formats`][name];
  const regex = entry instanceof RegExp ? entry : entry?.validate instanceof RegExp ? entry.validate : undefined;
  return regex ? `{ regex: ${JSON.stringify(regex.toString())} }` : `{ fn: ${JSON.stringify(FUNCTIONS[name])} }`;
}

const entry = (mode, name) => `  [${JSON.stringify(name)}, ${check(mode, name)}],\n`;
text += `/** ajv-formats' full mode. */\nexport const FULL_FORMATS: ReadonlyMap<string, FormatCheck> = new Map<string, FormatCheck>([\n`;
for (const name of STRING_FORMAT_NAMES) text += entry("full", name);
text += "]);\n\n";
// Most checks are the same in both modes: the fast table is the full one with the others replaced
// (a Map keeps a replaced key in its place, so both list the formats in one order).
text += `/** ajv-formats' fast mode: its own check where it differs from the full mode's. */\nexport const FAST_FORMATS: ReadonlyMap<string, FormatCheck> = new Map<string, FormatCheck>([\n  ...FULL_FORMATS,\n`;
for (const name of STRING_FORMAT_NAMES) if (check("fast", name) !== check("full", name)) text += entry("fast", name);
text += "]);\n\n";
// The \`uri\` function's expression is a module constant of ajv-formats, not exported: read from its source.
const uri = /\nconst URI = (\/\^.*\/[a-z]*);\n/.exec(
  readFileSync(require.resolve("ajv-formats/dist/formats.js"), "utf8"),
)[1];
text += `/** The expression ajv-formats' full \`uri\` function tests (after refusing a bare fragment). */\nexport const URI_REGEX = ${JSON.stringify(uri)};\n`;
writeFileSync(path.join(repo, "generator/emit/validators/format-table.ts"), `${text.trimEnd()}\n`);
