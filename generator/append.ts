/**
 * `target.push(a, ...list, b)` without a spread: a spread passes every item as an argument of
 * its own, and a user-sized list (50,000 properties, a description of 200,000 lines) overflows
 * the stack. Each part is one item or a list of items (items are never arrays themselves).
 */
export function append<T>(target: T[], ...parts: (T | readonly T[])[]): T[] {
  for (const part of parts) {
    if (Array.isArray(part)) for (const item of part as readonly T[]) target.push(item);
    else target.push(part as T);
  }
  return target;
}
