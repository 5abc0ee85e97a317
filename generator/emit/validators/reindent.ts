/**
 * Indents generated statements by their braces, two spaces a level. The compiler writes one
 * statement or brace per line and leaves layout to this pass. Braces inside string literals
 * (a pattern such as `a{2}`) do not count: every literal the compiler writes is double-quoted.
 */
export function reindent(text: string, base = ""): string {
  let level = 0;
  const out: string[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "") continue;
    const bare = line.replace(/"(?:[^"\\]|\\.)*"/g, '""');
    const opens = (bare.match(/[{(]/g) ?? []).length;
    const closes = (bare.match(/[})]/g) ?? []).length;
    const leading = /^[})]+/.exec(bare)?.[0].length ?? 0;
    out.push(`${base}${"  ".repeat(Math.max(0, level - leading))}${line}`);
    level += opens - closes;
  }
  return out.join("\n") + "\n";
}
