import { terminalLine } from "./codegen/terminal.js";

/** Where in which input a problem was found. Every part is optional because not every problem has all three. */
export interface SourceLocation {
  readonly file?: string | undefined;
  /** RFC 6901 JSON pointer into the document, e.g. `/components/schemas/Foo/properties/bar`. */
  readonly pointer?: string | undefined;
  /** 1-based line in `file`. */
  readonly line?: number | undefined;
}

export type SpecErrorCode =
  | "PARSE"
  | "NOT_OPENAPI"
  | "STRUCTURE"
  | "DANGLING_REF"
  | "REF_CYCLE"
  | "REMOTE_REF"
  | "REF_REFUSED"
  | "UNKNOWN_KEYWORD"
  | "PATTERN_DIALECT"
  | "PATTERN_UNCHECKED"
  | "PATTERN_BACKTRACKING"
  | "BAD_NAME"
  | "UNSUPPORTED"
  | "EXTENSION_SKIPPED"
  | "IO"
  | "OUTPUT_CONFLICT"
  | "TEMPLATE"
  | "FORMATTER";

/**
 * A problem with the user's input (spec, options, output folder). The CLI prints `format()` as one
 * line and exits 2; anything else that escapes is a bug in the generator.
 */
export class SpecError extends Error {
  override readonly name = "SpecError";
  constructor(
    readonly code: SpecErrorCode,
    message: string,
    readonly location: SourceLocation = {},
  ) {
    super(message);
  }

  /** `file:line pointer: message`, the form editors and CI annotations understand; one line. */
  format(): string {
    return terminalLine(`${formatLocation(this.location)}${this.message}`);
  }

  /** One line per problem (a document can have several); `format()` is the first. */
  formatLines(): string[] {
    return [this.format()];
  }
}

/**
 * Every problem found in one document, so that a user fixes them in one pass rather than one run
 * at a time. Its code, message and location are those of the first problem.
 */
export class DocumentProblems extends SpecError {
  constructor(
    readonly problems: readonly [SpecError, ...SpecError[]],
    /** Problems found beyond the reporting limit, counted but not listed. */
    readonly omitted = 0,
  ) {
    super(problems[0].code, problems[0].message, problems[0].location);
  }

  override formatLines(): string[] {
    const lines = this.problems.map((problem) => problem.format());
    if (this.omitted > 0)
      lines.push(`${this.omitted} more problems not listed (the first ${this.problems.length} are)`);
    return lines;
  }
}

export function formatLocation(location: SourceLocation): string {
  const parts: string[] = [];
  if (location.file !== undefined)
    parts.push(location.line !== undefined ? `${location.file}:${location.line}` : location.file);
  if (location.pointer !== undefined) parts.push(`#${location.pointer}`);
  return parts.length > 0 ? `${parts.join(" ")}: ` : "";
}

/** A problem the generator worked around (a bad example, a dropped default); printed, never fatal. */
export interface Warning extends SourceLocation {
  readonly code: string;
  readonly message: string;
}

/** One line: spec text in it cannot break it or reach the terminal as an escape sequence. */
export function formatWarning(warning: Warning): string {
  return terminalLine(`warning ${warning.code} ${formatLocation(warning)}${warning.message}`);
}
