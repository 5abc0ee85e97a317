import { DocumentProblems, SpecError, type SourceLocation, type SpecErrorCode, type Warning } from "../errors.js";
import { pointerTokens } from "../codegen/json-pointer.js";
import type { ParsedSource } from "./parse.js";

/** How many problems of one document are listed; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 50;

/**
 * What the checks of one document found: errors (the document cannot be generated) and warnings
 * (worked around, e.g. an unknown keyword read as an annotation). The checks go on after an
 * error, so one run reports them all.
 */
export class Problems {
  readonly errors: SpecError[] = [];
  readonly warnings: Warning[] = [];
  /** The warnings as `--strict` reports them. */
  private readonly strictErrors: SpecError[] = [];
  private omitted = 0;

  constructor(private readonly source: ParsedSource) {}

  /** The location of a pointer in this document: the file, the pointer and its line. */
  at(pointer: string): SourceLocation {
    if (pointer === "") return { file: this.source.file };
    let line: number | undefined;
    try {
      line = this.source.lineOf(pointerTokens(pointer));
    } catch {
      line = undefined;
    }
    return { file: this.source.file, pointer, line };
  }

  /** `shown` replaces a pointer too long for a one-line message (its line is still the pointer's). */
  error(code: SpecErrorCode, message: string, pointer: string, shown = pointer): void {
    if (this.errors.length >= MAX_LISTED_PROBLEMS) this.omitted++;
    else this.errors.push(new SpecError(code, message, { ...this.at(pointer), pointer: shown }));
  }

  /** `message` says what is wrong, `workaround` what was done instead (it is not done with `--strict`). */
  warn(code: SpecErrorCode, message: string, workaround: string, pointer: string): void {
    this.warnings.push({ code, message: `${message}; ${workaround}`, ...this.at(pointer) });
    this.strictErrors.push(new SpecError(code, `${message} (--strict)`, this.at(pointer)));
  }

  /**
   * A warning found before these checks (an oversized extension the bounds skipped), kept in
   * the same list so that `--strict` reports it with the rest; `workaround` is the tail of its
   * message that says what was done instead.
   */
  carry(code: SpecErrorCode, warning: Warning, workaround: string): void {
    this.warnings.push(warning);
    const message = warning.message.endsWith(workaround)
      ? warning.message.slice(0, -workaround.length)
      : warning.message;
    const { file, pointer, line } = warning;
    this.strictErrors.push(new SpecError(code, `${message} (--strict)`, { file, pointer, line }));
  }

  /** True when an error was reported at `pointer` or at a pointer above it. */
  coveredBy(pointer: string): boolean {
    return this.errors.some(
      ({ location }) =>
        location.pointer !== undefined && (pointer === location.pointer || pointer.startsWith(`${location.pointer}/`)),
    );
  }

  /**
   * Throws every error at once (every warning too when `strict`: a user checking their own
   * document in CI wants no annotation read as one by accident).
   */
  throwIfAny(strict: boolean): void {
    const fatal = [...this.errors];
    let omitted = this.omitted;
    if (strict) {
      for (const error of this.strictErrors) {
        if (fatal.length >= MAX_LISTED_PROBLEMS) omitted++;
        else fatal.push(error);
      }
    }
    const [first, ...rest] = fatal;
    if (first === undefined) return;
    if (rest.length === 0 && omitted === 0) throw first;
    throw new DocumentProblems([first, ...rest], omitted);
  }
}
