/** Example values per schema node and named schema: chosen, repaired and checked against the model. */
export { ExampleSelector, defineKey } from "./select.js";
export { fits, mismatch, jsonEqual } from "./fits.js";
export { usableExample, usableDefault, WarningLog } from "./repair.js";
