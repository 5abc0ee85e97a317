/**
 * GitHub Actions workflow commands (`::error file=…,line=…,title=…::message`): the runner decodes
 * `%25`, `%0D` and `%0A` in the message, and `%3A` and `%2C` too in a property value, where a raw
 * `:` or `,` would end the value. Escaped so, no text can end its command or start another.
 */
export function commandData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A property value (`file=`, `title=`). */
export function commandProperty(text: string): string {
  return commandData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
