import path from "node:path";
import { pathToFileURL } from "node:url";

/**
 * A file path as a URI reference (SARIF's `artifactLocation.uri`): a relative path stays relative
 * (what code scanning maps to the repository), each segment percent-encoded so that `#`, `?`, `%`
 * or a `:` before the first `/` cannot read as URI syntax; an absolute path is a `file:` URL,
 * built the same way on POSIX (`pathToFileURL` drops a control character at the end of a name).
 */
export function fileUri(file: string): string {
  const encoded = file.split(path.sep).map(encodeURIComponent).join("/");
  if (!path.isAbsolute(file)) return encoded;
  // Windows: drive letters and UNC names.
  if (path.sep === "\\") return pathToFileURL(file).href;
  return `file://${encoded}`;
}
