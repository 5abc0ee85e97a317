/**
 * The formats the compiled validators check, copied from ajv-formats' "fast" mode (so that our
 * verdict and Ajv's agree). Any other format is an annotation and is not checked, as Ajv does
 * when told to ignore unknown formats.
 *
 * Each entry is the name of a runtime function and its body: trusted text of ours, never spec text.
 */
export const STRING_FORMATS: ReadonlyMap<string, { readonly fn: string; readonly regex: string }> = new Map([
  ["date", { fn: "formatDate", regex: String.raw`/^\d\d\d\d-[0-1]\d-[0-3]\d$/` }],
  ["time", { fn: "formatTime", regex: String.raw`/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i` }],
  ["date-time", { fn: "formatDateTime", regex: String.raw`/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i` }],
  ["uri", { fn: "formatUri", regex: String.raw`/^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i` }],
  ["uri-reference", { fn: "formatUriReference", regex: String.raw`/^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i` }],
  ["uri-template", { fn: "formatUriTemplate", regex: String.raw`/^(?:(?:[^\x00-\x20"'<>%\\^` + "`" + String.raw`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i` }],
  ["email", { fn: "formatEmail", regex: String.raw`/^[a-z0-9.!#$%&'*+/=?^_` + "`" + String.raw`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i` }],
  ["hostname", { fn: "formatHostname", regex: String.raw`/^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i` }],
  ["ipv4", { fn: "formatIpv4", regex: String.raw`/^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/` }],
  ["ipv6", { fn: "formatIpv6", regex: String.raw`/^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i` }],
  ["uuid", { fn: "formatUuid", regex: String.raw`/^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i` }],
]);

/** Number formats with a check (ajv-formats: `float` and `double` accept every number). */
type NumberFormat = { readonly min: number; readonly max: number } | "integer";

export const NUMBER_FORMATS: ReadonlyMap<string, NumberFormat> = new Map<string, NumberFormat>([
  ["int32", { min: -(2 ** 31), max: 2 ** 31 - 1 }],
  ["int64", "integer"],
]);

/** Every format name whose check matches Ajv's, for the differential test's Ajv set-up. */
export const CHECKED_FORMATS: readonly string[] = [...STRING_FORMATS.keys(), ...NUMBER_FORMATS.keys(), "float", "double"];

/** The runtime's format functions, one per line. */
export function formatFunctions(): string {
  return [...STRING_FORMATS.values()]
    .map(({ fn, regex }) => `const ${fn}Pattern = ${regex};\nexport function ${fn}(s: string): boolean {\n  return ${fn}Pattern.test(s);\n}\n`)
    .join("\n");
}
