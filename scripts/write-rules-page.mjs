// `npm run rules`: rewrites docs/rules.md from the rule table (run after `npm run build`).
import { writeFileSync } from "node:fs";
import { renderRulesPage } from "../dist/generator/diff/rules-page.js";

writeFileSync(new URL("../docs/rules.md", import.meta.url), renderRulesPage());
