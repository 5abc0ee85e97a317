/**
 * yargs' validation messages, made one line each that names the flag and what it accepts
 * (yargs prints "Invalid values:\n  Argument: format, Given: "x", Choices: ..." over several lines).
 */
export function oneLineUsage(message: string): string {
  const invalid = /Argument: ([\w-]+), Given: (.*?), Choices: (.*)$/s.exec(message);
  if (invalid)
    return `--${invalid[1]}: ${invalid[2]} is not allowed; choose from ${invalid[3]!.replace(/\s+/g, " ").trim()}`;
  const unknown = /^Unknown arguments?: (.*)$/s.exec(message);
  if (unknown) {
    const names = unknown[1]!
      .split(/,\s*/)
      .map((name) => (name.length === 1 ? `-${name}` : /^[\w-]+$/.test(name) ? `--${name}` : name));
    return `unknown ${names.length === 1 ? "option or argument" : "options or arguments"} ${names.join(", ")}`;
  }
  const missing = /^Missing required arguments?: (.*)$/s.exec(message);
  if (missing)
    return `missing ${missing[1]!
      .split(/,\s*/)
      .map((name) => `--${name}`)
      .join(", ")}`;
  const exclusive = /^Arguments ([\w-]+) and ([\w-]+) are mutually exclusive$/.exec(message);
  if (exclusive) return `--${exclusive[1]} and --${exclusive[2]} cannot be used together`;
  return message.replace(/\s*\n\s*/g, "; ").trim();
}
