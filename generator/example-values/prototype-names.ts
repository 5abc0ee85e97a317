/**
 * The names of `Object.prototype`'s members (`toString`, `hasOwnProperty`, `__proto__`…). In an
 * object literal typed by TypeScript, such a key is read against the inherited member: a missing
 * optional one does not compile, and a value under an undeclared one gets no contextual type.
 */
export const PROTOTYPE_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));
