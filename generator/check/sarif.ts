import path from "node:path";
import { pathToFileURL } from "node:url";

/**
 * SARIF 2.1.0, the format GitHub code scanning reads (`github/codeql-action/upload-sarif`):
 * one run of the tool "specgen", one result per finding, each at a file and line.
 */
export interface SarifFinding {
  readonly ruleId: string;
  readonly message: string;
  readonly file?: string | undefined;
  readonly line?: number | undefined;
}

export interface SarifRule {
  readonly id: string;
  readonly description: string;
}

export function sarifLog(rules: readonly SarifRule[], findings: readonly SarifFinding[]): string {
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "specgen",
            rules: rules.map((rule) => ({ id: rule.id, shortDescription: { text: rule.description } })),
          },
        },
        results: findings.map((finding) => ({
          ruleId: finding.ruleId,
          level: "error",
          message: { text: finding.message },
          ...(finding.file !== undefined && {
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: artifactUri(finding.file) },
                  ...(finding.line !== undefined && { region: { startLine: finding.line } }),
                },
              },
            ],
          }),
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** A path relative to the working directory as a relative URI (what code scanning maps to the repository), else a file: URL. */
function artifactUri(file: string): string {
  if (!path.isAbsolute(file)) return file.split(path.sep).map(encodeURIComponent).join("/");
  return pathToFileURL(file).href;
}

/** The error that stopped a run, as the one result of a SARIF log. */
export const LOAD_ERROR_RULE: SarifRule = {
  id: "specgen/error",
  description: "specgen could not run: the spec, a template or an output folder is unusable",
};
