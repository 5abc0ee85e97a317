/**
 * Text as HTML character data that neither HTML nor markdown around it can read as syntax:
 * every ASCII character but letters, digits and the space is a numeric character reference
 * (`<` is `&#60;`, `*` is `&#42;`). specgen writes HTML only inside markdown pages (a code span
 * holding `<` becomes a `<code>` element), so this is the one HTML escaper.
 */
export function htmlText(text: string): string {
  return text.replace(/[^A-Za-z0-9 ]/g, (c) => (c.charCodeAt(0) < 128 ? `&#${c.charCodeAt(0)};` : c));
}
