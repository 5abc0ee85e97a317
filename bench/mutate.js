// Invalid payloads made from valid ones, deterministically: leaves given a value of another JSON
// type, spread over the payload, for the all-errors path to have several errors to report.

/** Paths (arrays of keys) to the primitive values of `value`, depth first. */
function leaves(value, path = [], out = []) {
  if (Array.isArray(value)) value.forEach((item, i) => leaves(item, [...path, i], out));
  else if (typeof value === "object" && value !== null)
    for (const key of Object.keys(value)) leaves(value[key], [...path, key], out);
  else out.push(path);
  return out;
}

/** Indexes 0..n-1 in the order first, last, middle, quarters, eighths…, then the rest: spread out. */
function spread(n) {
  const order = [];
  const seen = new Set();
  const add = (i) => {
    if (seen.has(i)) return;
    order.push(i);
    seen.add(i);
  };
  if (n > 0) {
    add(0);
    add(n - 1);
  }
  for (let parts = 2; parts < n; parts *= 2) for (let k = 1; k < parts; k += 2) add(Math.round((k * (n - 1)) / parts));
  for (let i = 0; i < n; i++) add(i);
  return order;
}

/** A value of another JSON type than `value`. */
function otherType(value) {
  switch (typeof value) {
    case "string":
      return 12345;
    case "number":
      return "12345";
    case "boolean":
      return "true";
    default:
      return 0;
  }
}

function withLeaf(value, path, leaf) {
  if (path.length === 0) return leaf;
  const [key, ...rest] = path;
  const copy = Array.isArray(value) ? value.slice() : { ...value };
  copy[key] = withLeaf(value[key], rest, leaf);
  return copy;
}

/**
 * `valid` with up to `wanted` leaves changed to another type, each kept only when it adds to
 * the errors `countErrors` (the reference validator with every error) finds; `undefined` when
 * no change makes the value invalid. Also the pointers of the changed leaves.
 */
export function invalidVariant(valid, countErrors, wanted = 3) {
  const paths = leaves(valid);
  if (paths.length === 0) paths.push([]);
  let value = valid;
  let errors = 0;
  const changed = [];
  for (const index of spread(paths.length)) {
    const path = paths[index];
    const candidate = withLeaf(value, path, otherType(path.reduce((at, key) => at[key], valid)));
    const count = countErrors(candidate);
    if (count <= errors) continue;
    value = candidate;
    errors = count;
    changed.push(`/${path.join("/")}`);
    if (changed.length === wanted) break;
  }
  return changed.length === 0 ? undefined : { value, changed };
}
