import { fileUri } from "../codegen/uri.js";

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
  return sarifDocument(
    { name: "specgen", rules: rules.map((rule) => ({ id: rule.id, shortDescription: { text: rule.description } })) },
    findings.map((finding) => ({
      ruleId: finding.ruleId,
      level: "error",
      message: { text: finding.message },
      ...(finding.file !== undefined && {
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: fileUri(finding.file) },
              ...(finding.line !== undefined && { region: { startLine: finding.line } }),
            },
          },
        ],
      }),
    })),
  );
}

/** A SARIF 2.1.0 log of one run: the tool's driver (its name and rules) and the results. */
export function sarifDocument(driver: object, results: readonly object[]): string {
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{ tool: { driver }, results }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** The error that stopped a run, as the one result of a SARIF log. */
export const LOAD_ERROR_RULE: SarifRule = {
  id: "specgen/error",
  description: "specgen could not run: the spec, a template or an output folder is unusable",
};
