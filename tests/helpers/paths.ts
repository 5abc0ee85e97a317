import path from "node:path";
import { fileURLToPath } from "node:url";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SPEC = path.join(REPO, "spec/openapi.yaml");
export const FIXTURES = path.join(REPO, "tests/fixtures");
/** The real Atoma document, present beside the repo in CI and on developer machines; optional. */
/** `SPECGEN_ATOMA_SPEC` points to it from a checkout that does not sit beside `shared/` (a git worktree). */
export const ATOMA_SPEC =
  process.env.SPECGEN_ATOMA_SPEC ?? path.resolve(REPO, "../shared/specs/atoma-openapi-2025-01.yml");
export const HAS_ATOMA_SPEC = existsSync(ATOMA_SPEC);

const require = createRequire(import.meta.url);
/** GitHub's REST description (3.0, ~13 MB, ~1000 schemas) from the @octokit/openapi devDependency. */
export const GITHUB_SPEC = require.resolve("@octokit/openapi/generated/api.github.com.json");
