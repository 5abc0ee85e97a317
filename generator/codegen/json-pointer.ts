/**
 * JSON pointers (RFC 6901): the one escaper of a pointer token, and its inverse. Every pointer
 * specgen writes (error locations, diff findings, `$ref`s it normalises) is built here, and every
 * pointer it reads is split here. The generated validators' runtime carries its own copy of
 * `escapePointer` (generated code depends on no package); tests/codegen/escapers.test.ts keeps
 * the two equal.
 */

/** One token: `~` as `~0` first, then `/` as `~1`, so that `~1` in a name stays itself. */
export function escapePointerToken(token: string | number): string {
  const text = String(token);
  // Most tokens need no escape: two replacements per token were a tenth of loading GitHub's description.
  if (!text.includes("~") && !text.includes("/")) return text;
  return text.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** The inverse of `escapePointerToken`: `~1` first, so that `~01` reads back as `~1`. */
export function unescapePointerToken(token: string): string {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}

export function joinPointer(base: string, ...tokens: (string | number)[]): string {
  let out = base;
  for (const token of tokens) out += `/${escapePointerToken(token)}`;
  return out;
}

/** The tokens of a pointer in its string form (`/a~1b/0`); `""` is the whole document. */
export function pointerTokens(pointer: string): string[] {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new Error(`not a JSON pointer: ${pointer}`);
  return pointer.slice(1).split("/").map(unescapePointerToken);
}

/**
 * The tokens of a pointer written as a URI fragment (`#/a%20b`, as in a `$ref`) or in its string
 * form: percent-escapes are decoded first (a malformed one is kept as written), then `~1`/`~0`.
 */
export function splitPointer(pointer: string): string[] {
  if (pointer === "" || pointer === "#") return [];
  const body = pointer.startsWith("#") ? pointer.slice(1) : pointer;
  if (!body.startsWith("/")) throw new Error(`not a JSON pointer: ${pointer}`);
  return body
    .slice(1)
    .split("/")
    .map((token) => unescapePointerToken(decodeURIComponentSafe(token)));
}

function decodeURIComponentSafe(token: string): string {
  try {
    return decodeURIComponent(token);
  } catch {
    return token;
  }
}
