// GitHub's largest request bodies, and a document in which each is a named schema: generated
// validators exist for named schemas only, and most of GitHub's bodies are written inline.

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** A local `$ref`'s target in `document`. */
function resolve(document, ref) {
  let at = document;
  for (const token of ref.slice(2).split("/")) {
    at = at?.[decodeURIComponent(token).replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  if (at === undefined) throw new Error(`unresolved $ref ${ref}`);
  return at;
}

/**
 * The length of `node` as JSON text once every `$ref` is replaced by its target; a `$ref` to a
 * schema already being expanded (a cycle) counts as written. Nothing is built.
 */
function resolvedSize(document, node, open = new Set()) {
  if (Array.isArray(node))
    return node.reduce((sum, item) => sum + resolvedSize(document, item, open), 2 + Math.max(0, node.length - 1));
  if (typeof node !== "object" || node === null) return JSON.stringify(node).length;
  if (typeof node.$ref === "string" && node.$ref.startsWith("#/") && !open.has(node.$ref)) {
    open.add(node.$ref);
    const size = resolvedSize(document, resolve(document, node.$ref), open);
    open.delete(node.$ref);
    return size;
  }
  const keys = Object.keys(node);
  let size = 2 + Math.max(0, keys.length - 1);
  for (const key of keys) size += JSON.stringify(key).length + 1 + resolvedSize(document, node[key], open);
  return size;
}

const pascal = (text) =>
  text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join("");

/**
 * The `count` operations whose `application/json` request body has the largest resolved schema
 * (ties: by operationId), each with the name of the schema its validator checks: the component
 * a `$ref` body names, else a new component `<OperationId>RequestBody` holding the inline schema.
 */
export function largestRequestBodies(document, count) {
  const bodies = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item?.[method];
      if (operation?.requestBody === undefined) continue;
      let body = operation.requestBody;
      if (typeof body.$ref === "string") body = resolve(document, body.$ref);
      const schema = body.content?.["application/json"]?.schema;
      if (schema === undefined) continue;
      const id = operation.operationId ?? `${method} ${path}`;
      bodies.push({ id, method, path, schema, size: resolvedSize(document, schema) });
    }
  }
  bodies.sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const schemas = document.components?.schemas ?? {};
  return bodies.slice(0, count).map((body) => {
    const ref = body.schema.$ref;
    if (typeof ref === "string" && ref.startsWith("#/components/schemas/") && Object.keys(body.schema).length === 1)
      return { ...body, key: decodeToken(ref.slice("#/components/schemas/".length)), inline: false };
    const key = `${pascal(body.id)}RequestBody`;
    if (key in schemas) throw new Error(`the document already has a schema named ${key}`);
    return { ...body, key, inline: true };
  });
}

const decodeToken = (token) => decodeURIComponent(token).replace(/~1/g, "/").replace(/~0/g, "~");

/** `document` with the inline bodies among `bodies` added to `components.schemas` under their keys. */
export function withBodySchemas(document, bodies) {
  const added = Object.fromEntries(bodies.filter((body) => body.inline).map((body) => [body.key, body.schema]));
  return {
    ...document,
    components: { ...document.components, schemas: { ...document.components?.schemas, ...added } },
  };
}
