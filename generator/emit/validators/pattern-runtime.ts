/**
 * The part of `_runtime.ts` that runs a schema's `pattern`s: through `RegExp` by default, or through
 * an engine the user plugs in (re2's constructor for linear-time matching, as Ajv's `code.regExp`
 * option does). Each pattern is compiled on first use, and again after the engine changed.
 */
export const PATTERN_RUNTIME = `
/** What a pattern needs of an engine: \`test\`, as \`RegExp\` and re2's \`RE2\` have it. */
export interface PatternMatcher {
  test(text: string): boolean;
}

/** Builds the matcher of a pattern source with its flags (\`"u"\`, or \`""\` for a pattern written in another dialect). */
export type RegExpEngine = (source: string, flags: string) => PatternMatcher;

let engine: RegExpEngine = (source, flags) => new RegExp(source, flags);
let engineGeneration = 0;

/**
 * Runs every pattern of every validator through \`next\` from now on, e.g.
 * \`setRegExpEngine((source, flags) => new RE2(source, flags))\` so that no payload can make a pattern
 * backtrack for ever.
 */
export function setRegExpEngine(next: RegExpEngine): void {
  engine = next;
  engineGeneration++;
}

/** One schema pattern, compiled by the current engine when first tested. */
export class Pattern {
  readonly source: string;
  readonly flags: string;
  private matcher: PatternMatcher | undefined;
  private generation = -1;
  // Fields assigned one by one: a parameter property is not erasable syntax (\`erasableSyntaxOnly\`).
  constructor(source: string, flags: string) {
    this.source = source;
    this.flags = flags;
  }

  test(text: string): boolean {
    if (this.generation !== engineGeneration) {
      this.matcher = engine(this.source, this.flags);
      this.generation = engineGeneration;
    }
    return this.matcher!.test(text);
  }
}
`;
