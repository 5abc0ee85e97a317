// Writes tests/fixtures/diff/<rule-id>/{base,head}.yaml (one pair per rule of generator/diff/rules.ts) and
// tests/fixtures/diff-same/<name>/ (refactors that keep the shape) from one template document, so each
// pair differs in exactly the change its name says. Run: node scripts/make-diff-fixtures.mjs
import { mkdirSync, writeFileSync, rmSync } from "node:fs";
import { stringify } from "yaml";
const ROOT = new URL("../tests/fixtures", import.meta.url).pathname;
const ref = (name) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema) => ({ "application/json": { schema } });
function template() {
  return {
    openapi: "3.1.0",
    info: { title: "diff fixture", version: "1" },
    paths: {
      "/pets": {
        post: {
          operationId: "createPet",
          parameters: [{ name: "limit", in: "query", schema: { type: "integer" } }],
          requestBody: { required: true, content: json(ref("PetInput")) },
          responses: {
            200: { description: "created", content: json(ref("Pet")) },
            404: { description: "not found" },
          },
        },
      },
      "/pets/{petId}": {
        get: {
          operationId: "getPet",
          parameters: [{ name: "petId", in: "path", required: true, schema: { type: "string" } }],
          responses: { 200: { description: "the pet", content: json(ref("Pet")) } },
        },
      },
    },
    components: {
      schemas: {
        PetInput: {
          type: "object",
          required: ["name"],
          properties: {
            name: { type: "string", minLength: 1, maxLength: 50, pattern: "^[a-z]+$" },
            nick: { type: "string", description: "What the pet answers to." },
            age: { type: "integer", minimum: 0, maximum: 30 },
            weight: { type: "number", multipleOf: 0.5 },
            kind: { type: "string", enum: ["cat", "dog"] },
            tags: { type: "array", items: { type: "string" }, maxItems: 10 },
            note: { type: ["string", "null"] },
            color: { type: "string", default: "brown" },
            born: { type: "string" },
            extra: { type: "object", properties: { a: { type: "string" } }, maxProperties: 5 },
            toy: {
              oneOf: [ref("Ball"), ref("Rope")],
              discriminator: {
                propertyName: "shape",
                mapping: { ball: "#/components/schemas/Ball", rope: "#/components/schemas/Rope" },
              },
            },
          },
        },
        Pet: {
          type: "object",
          required: ["id", "name"],
          properties: {
            id: { type: "integer" },
            name: { type: "string", maxLength: 50 },
            status: { type: "string", enum: ["available", "sold"] },
            score: { type: "number", minimum: 0, maximum: 10 },
            owner: { type: "string" },
            toy: { oneOf: [ref("Ball"), ref("Rope")] },
          },
        },
        Ball: {
          type: "object",
          required: ["shape"],
          properties: { shape: { type: "string" }, diameter: { type: "number" } },
        },
        Rope: {
          type: "object",
          required: ["shape"],
          properties: { shape: { type: "string" }, length: { type: "number" } },
        },
      },
    },
  };
}
const S = (d) => d.components.schemas;
const post = (d) => d.paths["/pets"].post;
const get = (d) => d.paths["/pets/{petId}"].get;
const input = (d) => S(d).PetInput.properties;
const pet = (d) => S(d).Pet.properties;

/** rule id → mutate(base, head). */
const CASES = {
  "operation-removed": (b, h) => {
    delete h.paths["/pets/{petId}"];
  },
  "operation-added": (b, h) => {
    h.paths["/pets/{petId}"].delete = { operationId: "deletePet", responses: { 204: { description: "gone" } } };
  },
  "operation-deprecated": (b, h) => {
    get(h).deprecated = true;
  },
  "operation-id-changed": (b, h) => {
    get(h).operationId = "fetchPet";
  },
  "request-parameter-added-required": (b, h) => {
    post(h).parameters.push({ name: "owner", in: "query", required: true, schema: { type: "string" } });
  },
  "request-parameter-added-optional": (b, h) => {
    post(h).parameters.push({ name: "offset", in: "query", schema: { type: "integer" } });
  },
  "request-parameter-removed": (b, h) => {
    post(h).parameters = [];
  },
  "request-parameter-became-required": (b, h) => {
    post(h).parameters[0].required = true;
  },
  "request-parameter-became-optional": (b, h) => {
    post(b).parameters[0].required = true;
  },
  "request-body-added-required": (b, h) => {
    delete post(b).requestBody;
  },
  "request-body-became-required": (b, h) => {
    post(b).requestBody.required = false;
  },
  "request-body-removed": (b, h) => {
    delete post(h).requestBody;
  },
  "request-media-type-removed": (b, h) => {
    post(b).requestBody.content["application/x-www-form-urlencoded"] = { schema: ref("PetInput") };
  },
  "request-media-type-added": (b, h) => {
    post(h).requestBody.content["application/x-www-form-urlencoded"] = { schema: ref("PetInput") };
  },
  "response-media-type-removed": (b, h) => {
    get(b).responses["200"].content["application/xml"] = { schema: ref("Pet") };
  },
  "response-media-type-added": (b, h) => {
    get(h).responses["200"].content["application/xml"] = { schema: ref("Pet") };
  },
  "response-success-status-removed": (b, h) => {
    post(b).responses["202"] = { description: "queued" };
  },
  "response-status-removed": (b, h) => {
    delete post(h).responses["404"];
  },
  "response-status-added": (b, h) => {
    post(h).responses["409"] = { description: "conflict" };
  },
  "schema-removed": (b, h) => {
    S(b).Legacy = { type: "string" };
  },
  "schema-added": (b, h) => {
    S(h).Owner = { type: "string" };
  },
  "ref-target-changed": (b, h) => {
    post(h).requestBody.content["application/json"].schema = ref("Pet");
  },
  "request-property-added-required": (b, h) => {
    input(h).owner = { type: "string" };
    S(h).PetInput.required.push("owner");
  },
  "request-property-added-optional": (b, h) => {
    input(h).chip = { type: "string" };
  },
  "request-property-removed": (b, h) => {
    delete input(h).nick;
  },
  "request-property-became-required": (b, h) => {
    S(h).PetInput.required.push("nick");
  },
  "request-property-became-optional": (b, h) => {
    S(b).PetInput.required.push("nick");
  },
  "response-property-removed": (b, h) => {
    delete pet(h).owner;
  },
  "response-property-added": (b, h) => {
    pet(h).chip = { type: "string" };
  },
  "response-property-became-optional": (b, h) => {
    S(h).Pet.required = ["id"];
  },
  "response-property-became-required": (b, h) => {
    S(h).Pet.required.push("owner");
  },
  "property-deprecated": (b, h) => {
    input(h).nick.deprecated = true;
  },
  "request-type-changed": (b, h) => {
    input(h).nick = { type: "integer" };
  },
  "response-type-changed": (b, h) => {
    pet(h).owner = { type: "integer" };
  },
  "request-type-narrowed": (b, h) => {
    input(h).weight.type = "integer";
    input(h).weight.multipleOf = 1;
    delete input(b).weight.multipleOf;
    delete input(h).weight.multipleOf;
  },
  "response-type-widened": (b, h) => {
    pet(h).id = { type: "number" };
  },
  "request-format-changed": (b, h) => {
    input(h).born.format = "date";
  },
  "request-minimum-raised": (b, h) => {
    input(h).age.minimum = 1;
  },
  "request-maximum-lowered": (b, h) => {
    input(h).age.maximum = 20;
  },
  "request-multiple-of-changed": (b, h) => {
    input(h).weight.multipleOf = 1;
  },
  "response-minimum-lowered": (b, h) => {
    pet(h).score.minimum = -1;
  },
  "response-maximum-raised": (b, h) => {
    pet(h).score.maximum = 100;
  },
  "request-min-length-raised": (b, h) => {
    input(h).name.minLength = 2;
  },
  "request-max-length-lowered": (b, h) => {
    input(h).name.maxLength = 40;
  },
  "response-max-length-raised": (b, h) => {
    pet(h).name.maxLength = 100;
  },
  "request-pattern-added": (b, h) => {
    input(h).nick.pattern = "^[a-z]+$";
  },
  "request-pattern-changed": (b, h) => {
    input(h).name.pattern = "^([a-z]+|[0-9]+)$";
  },
  "request-min-items-raised": (b, h) => {
    input(h).tags.minItems = 1;
  },
  "request-max-items-lowered": (b, h) => {
    input(h).tags.maxItems = 5;
  },
  "request-unique-items-added": (b, h) => {
    input(h).tags.uniqueItems = true;
  },
  "request-min-properties-raised": (b, h) => {
    input(h).extra.minProperties = 1;
  },
  "request-max-properties-lowered": (b, h) => {
    input(h).extra.maxProperties = 3;
  },
  "request-additional-properties-tightened": (b, h) => {
    input(h).extra.additionalProperties = false;
  },
  "request-enum-value-removed": (b, h) => {
    input(h).kind.enum = ["cat"];
  },
  "request-enum-value-added": (b, h) => {
    input(h).kind.enum = ["cat", "dog", "bird"];
  },
  "response-enum-value-added": (b, h) => {
    pet(h).status.enum = ["available", "pending", "sold"];
  },
  "response-enum-value-removed": (b, h) => {
    pet(h).status.enum = ["available"];
  },
  "request-nullable-removed": (b, h) => {
    input(h).note = { type: "string" };
  },
  "response-nullable-added": (b, h) => {
    pet(h).owner = { type: ["string", "null"] };
  },
  "request-default-changed": (b, h) => {
    input(h).color.default = "black";
  },
  "request-one-of-member-removed": (b, h) => {
    input(h).toy.oneOf = [ref("Ball")];
  },
  "request-one-of-member-added": (b, h) => {
    input(h).toy.oneOf.push({ type: "string" });
  },
  "response-one-of-member-added": (b, h) => {
    pet(h).toy.oneOf.push({ type: "string" });
  },
  "response-one-of-member-removed": (b, h) => {
    pet(h).toy.oneOf = [ref("Ball")];
  },
  "discriminator-changed": (b, h) => {
    delete input(h).toy.discriminator.mapping.rope;
  },
  "deprecated-operation-removed": (b, h) => {
    get(b).deprecated = true;
    delete h.paths["/pets/{petId}"];
  },
  "request-security-added": (b, h) => {
    secured(b);
    secured(h);
    post(h).security = [{ bearer: [] }];
  },
  "request-security-removed": (b, h) => {
    secured(b);
    secured(h);
    post(b).security = [{ bearer: [] }];
  },
  "request-parameter-serialization-changed": (b, h) => {
    post(h).parameters[0].explode = false;
  },
  "response-required-header-removed": (b, h) => {
    get(b).responses["200"].headers = { "X-Rate-Limit": { required: true, schema: { type: "integer" } } };
  },
  "response-optional-header-removed": (b, h) => {
    get(b).responses["200"].headers = { "X-Rate-Limit": { schema: { type: "integer" } } };
  },
  "response-header-became-optional": (b, h) => {
    get(b).responses["200"].headers = { "X-Rate-Limit": { required: true, schema: { type: "integer" } } };
    get(h).responses["200"].headers = { "X-Rate-Limit": { required: false, schema: { type: "integer" } } };
  },
  "webhook-removed": (b, h) => {
    b.webhooks = {
      petAdopted: {
        post: { requestBody: { content: json(ref("Pet")) }, responses: { 200: { description: "received" } } },
      },
    };
  },
  // Fires with the breaking change it counts (see COMPANIONS in tests/diff/rules.test.ts).
  "breaking-change-without-major-version-bump": (b, h) => {
    b.info.version = "1.2.0";
    h.info.version = "1.3.0";
    delete h.paths["/pets/{petId}"];
  },
  "request-keyword-added": (b, h) => {
    input(h).extra.propertyNames = { pattern: "^[a-z]+$" };
  },
  "response-min-length-lowered": (b, h) => {
    pet(b).name.minLength = 1;
  },
  "response-min-items-lowered": (b, h) => {
    pet(b).tags = { type: "array", items: { type: "string" }, minItems: 1 };
    pet(h).tags = { type: "array", items: { type: "string" } };
  },
  "request-value-became-union": (b, h) => {
    input(h).nick = { oneOf: [{ type: "string" }, { type: "integer" }] };
  },
  "response-value-became-union": (b, h) => {
    pet(h).owner = { oneOf: [{ type: "string" }, { type: "integer" }] };
  },
};

function secured(d) {
  d.components.securitySchemes = { bearer: { type: "http", scheme: "bearer" } };
}

/** Pairs that keep the shape: nothing breaking may be reported. */
const SAME = {
  "reordered-keys": (b, h) => {
    const reverse = (o) => Object.fromEntries(Object.entries(o).reverse());
    S(h).PetInput = reverse(S(h).PetInput);
    S(h).PetInput.properties = reverse(S(h).PetInput.properties);
    S(h).PetInput.required = [...S(h).PetInput.required].reverse();
    S(h).Pet.properties = reverse(S(h).Pet.properties);
    S(h).Pet.properties.status.enum = ["sold", "available"];
    h.components.schemas = reverse(S(h));
    h.paths = reverse(h.paths);
  },
  "description-edit": (b, h) => {
    input(h).nick.description = "The name the pet comes to.";
    get(h).description = "Reads one pet.";
  },
  "new-optional-request-property": (b, h) => {
    input(h).chip = { type: "string", description: "Microchip number." };
  },
  "schema-extracted-behind-ref": (b, h) => {
    S(h).Extra = input(h).extra;
    input(h).extra = ref("Extra");
  },
  "schema-inlined": (b, h) => {
    post(h).requestBody.content["application/json"].schema = S(h).PetInput;
    delete S(h).PetInput;
  },
  "allof-regrouped": (b, h) => {
    const { id, name, ...rest } = pet(b);
    S(b).Pet = {
      allOf: [
        { type: "object", required: ["id", "name"], properties: { id, name } },
        { type: "object", properties: rest },
      ],
    };
    const { status, ...others } = pet(h);
    S(h).PetCore = { type: "object", required: ["id", "name"], properties: { id: others.id, name: others.name } };
    S(b).PetCore = S(h).PetCore;
    S(h).Pet = {
      allOf: [
        ref("PetCore"),
        { type: "object", properties: { status } },
        { type: "object", properties: { score: others.score, owner: others.owner, toy: others.toy } },
      ],
    };
  },
  // Unions judged by meaning, not by position or spelling.
  "union-member-inserted": (b, h) => {
    const member = (type, extra) => ({
      type: "object",
      required: ["type"],
      properties: { type: { type: "string", enum: [type] }, ...extra },
    });
    pet(b).rule = {
      oneOf: [
        member("a", { x: { type: "string" } }),
        member("b", { x: { type: "integer" } }),
        member("c", { y: { type: "string" } }),
      ],
    };
    pet(h).rule = {
      oneOf: [
        member("a", { x: { type: "string" } }),
        member("z", { x: { type: "boolean" } }),
        member("b", { x: { type: "integer" } }),
        member("c", { y: { type: "string" } }),
      ],
    };
    input(b).rule = pet(b).rule;
    input(h).rule = pet(h).rule;
  },
  "union-reversed": (b, h) => {
    pet(b).shape = {
      anyOf: [
        { type: "object", properties: { r: { type: "number" } } },
        { type: "object", properties: { w: { type: "number" }, h: { type: "number" } } },
        { type: "string" },
      ],
    };
    pet(h).shape = { anyOf: [...pet(b).shape.anyOf].reverse() };
    input(b).shape = pet(b).shape;
    input(h).shape = pet(h).shape;
  },
  "nested-union-flattened": (b, h) => {
    pet(b).toy = { oneOf: [ref("Ball"), ref("Rope"), { type: "string" }] };
    S(h).Toy = { oneOf: [ref("Rope"), { type: "string" }] };
    pet(h).toy = { oneOf: [ref("Ball"), ref("Toy")] };
  },
  "enum-split-into-one-of": (b, h) => {
    input(h).kind = {
      oneOf: [
        { const: "cat", description: "A cat." },
        { const: "dog", description: "A dog." },
      ],
    };
    pet(h).status = {
      oneOf: [
        { type: "string", enum: ["available"] },
        { type: "string", enum: ["sold"] },
      ],
    };
  },
  "union-members-merged": (b, h) => {
    input(b).labels = {
      oneOf: [
        { type: "object", properties: { labels: { type: "array", items: { type: "string" } } } },
        {
          type: "object",
          properties: {
            labels: {
              type: "array",
              items: { type: "object", required: ["name"], properties: { name: { type: "string" } } },
            },
          },
        },
      ],
    };
    input(h).labels = {
      oneOf: [
        {
          type: "object",
          properties: {
            labels: {
              type: "array",
              items: {
                oneOf: [
                  { type: "string" },
                  { type: "object", required: ["name"], properties: { name: { type: "string" } } },
                ],
              },
            },
          },
        },
      ],
    };
  },
  "any-became-any-or-null": (b, h) => {
    pet(b).meta = {};
    pet(h).meta = { anyOf: [{}, { type: "null" }] };
    input(b).meta = { anyOf: [{}, { type: "null" }] };
    input(h).meta = {};
  },
  "nullable-3.0-to-3.1": (b, h) => {
    b.openapi = "3.0.3";
    input(b).note = { type: "string", nullable: true };
    const clauses = [{ required: ["a"] }, { required: ["b"] }];
    const props = { a: { type: "string" }, b: { type: "string" } };
    S(b).Pet.properties.link = { type: "object", nullable: true, properties: props, anyOf: clauses };
    S(h).Pet.properties.link = { type: ["object", "null"], properties: props, anyOf: clauses };
    input(b).link = S(b).Pet.properties.link;
    input(h).link = S(h).Pet.properties.link;
  },
  "path-parameter-renamed": (b, h) => {
    const item = h.paths["/pets/{petId}"];
    delete h.paths["/pets/{petId}"];
    item.get.parameters[0].name = "id";
    h.paths["/pets/{id}"] = item;
  },
};

rmSync(`${ROOT}/diff`, { recursive: true, force: true });
rmSync(`${ROOT}/diff-same`, { recursive: true, force: true });
for (const [group, cases] of [
  ["diff", CASES],
  ["diff-same", SAME],
]) {
  for (const [name, mutate] of Object.entries(cases)) {
    const base = template();
    const head = template();
    mutate(base, head);
    const dir = `${ROOT}/${group}/${name}`;
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/base.yaml`, stringify(base, { aliasDuplicateObjects: false }));
    writeFileSync(`${dir}/head.yaml`, stringify(head, { aliasDuplicateObjects: false }));
  }
}
console.log(Object.keys(CASES).length, Object.keys(SAME).length);
