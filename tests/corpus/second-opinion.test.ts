import { describe, expect, it } from "vitest";
import { modelOfFile } from "../helpers/model.js";
import { GITHUB_SPEC } from "../helpers/paths.js";
import { secondOpinion } from "../helpers/second-opinion.js";

/**
 * Components whose types the two generators still see differently. Each is an `allOf` of two
 * inline objects that both declare the same 3.0 properties, one side `nullable` or typeless
 * (`webhook-fork`'s `forkee`: `license`, `owner`, `topics`…), or a `required` name with no
 * property (`package-version`'s docker `tags`). Which side is right is not settled yet; the list
 * is exact, so that a fix or a new disagreement both show here.
 */
const KNOWN_DISAGREEMENTS = [
  "package-version",
  // Since 3.0.3 nullable semantics (null only beside a `type`); its two `nullable-*` $refs are the suspects.
  "deployment-status",
  "webhook-fork",
  "webhook-issue-comment-created",
  "webhook-issue-comment-deleted",
  "webhook-issue-comment-edited",
  "webhook-issue-comment-pinned",
  "webhook-issue-comment-unpinned",
  "webhook-issues-closed",
  "webhook-project-card-moved",
  "webhook-workflow-job-completed",
  "webhook-workflow-job-in-progress",
];

describe("our types agree with json-schema-to-typescript's", () => {
  it("for every component schema of GitHub's REST description but the known disagreements", async () => {
    const { spec, model } = await modelOfFile(GITHUB_SPEC);
    const { compared, diagnostics } = await secondOpinion(spec, model);
    expect(compared).toBeGreaterThan(900);
    const disagreeing = diagnostics.map((line) => /^components\/schemas\/([^:]+): /.exec(line)?.[1] ?? line);
    expect(disagreeing).toEqual(KNOWN_DISAGREEMENTS);
  });
});
