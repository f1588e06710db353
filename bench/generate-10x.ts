import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { asNode, type Node } from './schema-walk';

const COPIES = 10;
// Keywords that describe the root as a whole rather than one copy's fields.
const SHARED_ROOT_KEYS = new Set([
  '$schema',
  '$id',
  'title',
  'description',
  'type',
  'definitions',
  '$defs',
  'properties',
  'additionalProperties',
]);

type Rename = (key: string) => string;

function renameTopLevel(node: Node, rename: Rename): Node {
  const out: Node = { ...node };
  const properties = asNode(node.properties);
  if (properties) {
    out.properties = Object.fromEntries(
      Object.entries(properties).map(([key, value]) => [rename(key), value]),
    );
  }
  if (Array.isArray(node.required)) {
    out.required = node.required.map((key) => rename(String(key)));
  }
  for (const key of ['if', 'then', 'else', 'not']) {
    const child = asNode(node[key]);
    if (child) out[key] = renameTopLevel(child, rename);
  }
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    const list = node[key];
    if (!Array.isArray(list)) continue;
    out[key] = list.map((child) => renameTopLevel(asNode(child) ?? {}, rename));
  }

  return out;
}

// `$data` pointers that climb to the root and step into a top-level field
// ("2/generalInfo/staffTotal" from two levels down) must follow the rename.
function renameDataPointers(
  node: unknown,
  depth: number,
  rename: Rename,
): unknown {
  if (Array.isArray(node)) {
    return node.map((item) => renameDataPointers(item, depth, rename));
  }
  const object = asNode(node);
  if (!object) return node;
  const out: Node = {};
  for (const [key, value] of Object.entries(object)) {
    const pointer = asNode(value)?.$data;
    const climb =
      typeof pointer === 'string' ? /^(\d+)\/([^/]+)(.*)$/.exec(pointer) : null;
    if (climb && Number(climb[1]) === depth) {
      out[key] = { $data: `${climb[1]}/${rename(climb[2])}${climb[3]}` };
    } else if (key === 'properties' && asNode(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value as Node).map(([name, child]) => [
          name,
          renameDataPointers(child, depth + 1, rename),
        ]),
      );
    } else {
      out[key] = renameDataPointers(
        value,
        key === 'items' ? depth + 1 : depth,
        rename,
      );
    }
  }

  return out;
}

function markTitles(node: unknown, suffix: string): unknown {
  if (Array.isArray(node)) return node.map((item) => markTitles(item, suffix));
  const object = asNode(node);
  if (!object) return node;
  const out: Node = {};
  for (const [key, value] of Object.entries(object)) {
    out[key] = markTitles(value, suffix);
  }
  // Option titles (`const` + `title`) stay as printed; field titles get the
  // copy number so every label on the page is unique.
  if (typeof object.title === 'string' && !('const' in object)) {
    out.title = `${object.title}${suffix}`;
  }

  return out;
}

/** Call to build the 10× schema: every top-level field copied ten times. */
export function repeatSchema(schema: Node, id: string): Node {
  const merged: Node = { ...schema, $id: id, properties: {}, allOf: [] };
  delete merged.required;
  const required: string[] = [];
  for (let copy = 1; copy <= COPIES; copy += 1) {
    const rename: Rename = (key) => `${key}X${copy}`;
    const renamed = renameTopLevel(schema, rename);
    const properties = markTitles(
      renameDataPointers({ properties: renamed.properties }, 0, rename),
      ` (${copy})`,
    ) as Node;
    Object.assign(merged.properties as Node, properties.properties);
    required.push(...((renamed.required as string[] | undefined) ?? []));
    const rest = Object.entries(renamed).filter(
      ([key]) => !SHARED_ROOT_KEYS.has(key) && key !== 'required',
    );
    if (rest.length > 0)
      (merged.allOf as Node[]).push(Object.fromEntries(rest));
  }
  if (required.length > 0) merged.required = required;
  if ((merged.allOf as Node[]).length === 0) delete merged.allOf;

  return merged;
}

function renameScope(scope: string, rename: Rename): string {
  return scope.replace(/^#\/properties\/([^/]+)/, (_all, key: string) => {
    return `#/properties/${rename(key)}`;
  });
}

function renameCondition(condition: Node, rename: Rename): Node {
  const out: Node = { ...condition };
  if (typeof condition.scope === 'string') {
    out.scope = renameScope(condition.scope, rename);
  }
  if (Array.isArray(condition.conditions)) {
    out.conditions = condition.conditions.map((child) =>
      renameCondition(asNode(child) ?? {}, rename),
    );
  }

  return out;
}

// Scopes inside `options` (table detail layouts) are relative to a row and
// keep their names; only root-level scopes move.
function renameUi(element: Node, rename: Rename, suffix: string): Node {
  const out: Node = { ...element };
  if (typeof element.scope === 'string') {
    out.scope = renameScope(element.scope, rename);
  }
  if (typeof element.label === 'string' && element.type === 'Control') {
    out.label = `${element.label}${suffix}`;
  }
  const rule = asNode(element.rule);
  const condition = asNode(rule?.condition);
  if (rule && condition) {
    out.rule = { ...rule, condition: renameCondition(condition, rename) };
  }
  if (Array.isArray(element.elements)) {
    out.elements = element.elements.map((child) =>
      renameUi(asNode(child) ?? {}, rename, suffix),
    );
  }

  return out;
}

/** Call to build the 10× UI schema: the sections repeated, labels numbered. */
export function repeatUischema(uischema: Node): Node {
  const categories = (uischema.elements as Node[] | undefined) ?? [];
  const repeated: Node[] = [];
  for (let copy = 1; copy <= COPIES; copy += 1) {
    const rename: Rename = (key) => `${key}X${copy}`;
    for (const category of categories) {
      const renamed = renameUi(category, rename, ` (${copy})`);
      renamed.label = `${String(category.label ?? '')} (bản ${copy})`;
      repeated.push(renamed);
    }
  }

  return { ...uischema, elements: repeated };
}

async function readJson(file: string): Promise<Node> {
  return JSON.parse(await readFile(file, 'utf8')) as Node;
}

/**
 * Call to write the 10× form `<formId>-10x` next to a copy of nothing else:
 * reads `<sourceDir>/<formId>/<version>` and writes into `<targetDir>`.
 */
export async function generate10x(
  sourceDir: string,
  targetDir: string,
  formId: string,
  version: string,
): Promise<string> {
  const bigId = `${formId}-10x`;
  const from = join(sourceDir, formId);
  const to = join(targetDir, bigId, version);
  const meta = await readJson(join(from, 'form.json'));
  const schema = await readJson(join(from, version, 'schema.json'));
  const uischema = await readJson(join(from, version, 'uischema.json'));
  await mkdir(to, { recursive: true });
  const bigMeta = {
    ...meta,
    formId: bigId,
    title: `${String(meta.title)} (gấp 10 lần, để đo)`,
  };
  await writeFile(
    join(targetDir, bigId, 'form.json'),
    JSON.stringify(bigMeta, null, 2),
  );
  const id = `urn:bieu-mau:${bigId}:${version}`;
  await writeFile(
    join(to, 'schema.json'),
    JSON.stringify(repeatSchema(schema, id), null, 2),
  );
  await writeFile(
    join(to, 'uischema.json'),
    JSON.stringify(repeatUischema(uischema), null, 2),
  );

  return bigId;
}

const isMain = import.meta.url === pathToFileURL(process.argv[1] ?? '').href;
if (isMain) {
  const [source = 'forms', target = '.tmp/forms-10x'] = process.argv.slice(2);
  generate10x(source, target, 'bao-cao-ung-dung-cntt', '2015').then(
    (formId) => console.log(`Wrote ${target}/${formId}`),
    (error: unknown) => {
      console.error(`Could not generate the 10× form: ${String(error)}`);
      process.exit(1);
    },
  );
}
