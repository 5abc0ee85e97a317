import { FAST_FORMATS, FULL_FORMATS, URI_REGEX, type FormatCheck } from "./format-table.js";

/**
 * The formats the compiled validators check: ajv-formats' (so that our verdict and Ajv's agree),
 * `full` mode by default (RFC 3339 dates and times, with days per month and leap seconds), or
 * `fast` (its regular expressions only) when asked for. Any other format is an annotation and is
 * not checked, as Ajv does when told to ignore unknown formats.
 *
 * Everything here is trusted text of ours, never spec text.
 */
export type FormatMode = "full" | "fast";

export const FORMAT_MODES: readonly FormatMode[] = ["full", "fast"];

/** String formats and the runtime function checking each (`formatDateTime`). */
export function stringFormats(mode: FormatMode): ReadonlyMap<string, FormatCheck> {
  return mode === "fast" ? FAST_FORMATS : FULL_FORMATS;
}

/** The runtime function that checks a string format, or `undefined` for a format not checked. */
export function formatFunction(format: string, mode: FormatMode): string | undefined {
  return stringFormats(mode).has(format) ? functionName(format) : undefined;
}

function functionName(format: string): string {
  return `format${format
    .split("-")
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join("")}`;
}

/** Number formats with a check (ajv-formats: `float` and `double` accept every number). */
type NumberFormat = { readonly min: number; readonly max: number } | "integer";

export const NUMBER_FORMATS: ReadonlyMap<string, NumberFormat> = new Map<string, NumberFormat>([
  ["int32", { min: -(2 ** 31), max: 2 ** 31 - 1 }],
  ["int64", "integer"],
]);

/**
 * ajv-formats' function formats, ported line for line (dist/formats.js): full-date with days
 * per month, times with the leap second only at 23:59:60 UTC, `t` or a space between date and
 * time, a URI that is not a bare fragment, base64 read with its `m` flag, a regex that compiles.
 */
const FUNCTIONS: Record<string, string> = {
  fullDate: `function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
const DATE = /^(\\d\\d\\d\\d)-(\\d\\d)-(\\d\\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function fullDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const year = +m[1]!;
  const month = +m[2]!;
  const day = +m[3]!;
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]!);
}`,
  time: `const TIME = /^(\\d\\d):(\\d\\d):(\\d\\d(?:\\.\\d+)?)(z|([+-])(\\d\\d)(?::?(\\d\\d))?)?$/i;
function time(s: string, strictTimeZone: boolean): boolean {
  const m = TIME.exec(s);
  if (!m) return false;
  const hr = +m[1]!;
  const min = +m[2]!;
  const sec = +m[3]!;
  const tz = m[4];
  const tzSign = m[5] === "-" ? -1 : 1;
  const tzH = +(m[6] || 0);
  const tzM = +(m[7] || 0);
  if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz)) return false;
  if (hr <= 23 && min <= 59 && sec < 60) return true;
  const utcMin = min - tzM * tzSign;
  const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
  return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
}
const DATE_TIME_SEPARATOR = /t|\\s/i;
function dateTime(s: string, strictTimeZone: boolean): boolean {
  const parts = s.split(DATE_TIME_SEPARATOR);
  return parts.length === 2 && fullDate(parts[0]!) && time(parts[1]!, strictTimeZone);
}`,
  fullTime: `function fullTime(s: string): boolean {
  return time(s, true);
}`,
  isoTime: `function isoTime(s: string): boolean {
  return time(s, false);
}`,
  fullDateTime: `function fullDateTime(s: string): boolean {
  return dateTime(s, true);
}`,
  isoDateTime: `function isoDateTime(s: string): boolean {
  return dateTime(s, false);
}`,
  fullUri: `const NOT_URI_FRAGMENT = /\\/|:/;
const URI = ${URI_REGEX};
function fullUri(s: string): boolean {
  return NOT_URI_FRAGMENT.test(s) && URI.test(s);
}`,
  base64: `const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
function base64(s: string): boolean {
  BYTE.lastIndex = 0;
  return BYTE.test(s);
}`,
  regexSource: `const Z_ANCHOR = /[^\\\\]\\\\Z/;
function regexSource(s: string): boolean {
  if (Z_ANCHOR.test(s)) return false;
  try {
    new RegExp(s);
    return true;
  } catch {
    return false;
  }
}`,
};

/** The runtime's format functions for one mode: `export function formatDateTime(s)`, one per format. */
export function formatFunctions(mode: FormatMode): string {
  const helpers = new Set<string>();
  const exports: string[] = [];
  for (const [format, check] of stringFormats(mode)) {
    const name = functionName(format);
    if ("regex" in check) {
      exports.push(
        `const ${name}Pattern = ${check.regex};\nexport function ${name}(s: string): boolean {\n  return ${name}Pattern.test(s);\n}\n`,
      );
      continue;
    }
    for (const needed of dependencies(check.fn)) helpers.add(needed);
    exports.push(`export function ${name}(s: string): boolean {\n  return ${check.fn}(s);\n}\n`);
  }
  const order = Object.keys(FUNCTIONS).filter((key) => helpers.has(key));
  return [...order.map((key) => `${FUNCTIONS[key]}\n`), ...exports].join("\n");
}

function dependencies(fn: string): string[] {
  if (fn === "fullTime" || fn === "isoTime") return ["fullDate", "time", fn];
  if (fn === "fullDateTime" || fn === "isoDateTime") return ["fullDate", "time", fn];
  return [fn];
}
