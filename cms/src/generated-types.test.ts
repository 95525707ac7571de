/**
 * Fails when the committed generated types (cms/types/generated, `strapi ts:generate-types`) are
 * stale relative to the schema.json files: the cms code and the demo fixtures are typed from them,
 * so a content-type change without regenerating would let tsc check against the old schema.
 * Regenerating needs a loaded Strapi app, too slow for a unit test; instead the generated
 * declarations are read with the TypeScript parser and compared with each schema.json: the same
 * content types and components, and per attribute the same type, required flag, enumeration
 * values, relation and component. Fix a failure with `cd cms && npx strapi ts:generate-types`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const CMS = new URL('../', import.meta.url);
const GENERATED = new URL('types/generated/', CMS);

/** Attributes Strapi adds to every content type; the generated types list them, schema.json does not. */
const SYSTEM_ATTRIBUTES = new Set([
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
  'publishedAt',
  'locale',
  'localizations',
]);

/** schema.json `type` → the `Schema.Attribute.*` type typegen writes for it. */
const ATTRIBUTE_TYPES: Record<string, string> = {
  biginteger: 'BigInteger',
  blocks: 'Blocks',
  boolean: 'Boolean',
  component: 'Component',
  date: 'Date',
  datetime: 'DateTime',
  decimal: 'Decimal',
  dynamiczone: 'DynamicZone',
  email: 'Email',
  enumeration: 'Enumeration',
  float: 'Float',
  integer: 'Integer',
  json: 'JSON',
  media: 'Media',
  password: 'Password',
  relation: 'Relation',
  richtext: 'RichText',
  string: 'String',
  text: 'Text',
  time: 'Time',
  timestamp: 'Timestamp',
  uid: 'UID',
};

interface SchemaAttribute {
  type: string;
  required?: boolean;
  enum?: string[];
  relation?: string;
  target?: string;
  component?: string;
  repeatable?: boolean;
}

/** What one attribute looks like, reduced to the facts both sides state. */
interface AttributeFacts {
  type: string;
  required: boolean;
  enum?: string[];
  relation?: string;
  component?: string;
}

type Facts = Record<string, AttributeFacts>;

function parse(file: string): ts.SourceFile {
  const text = readFileSync(new URL(file, GENERATED), 'utf8');
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
}

/** `Schema.Attribute.X<args>` parts of an attribute's (intersection) type. */
function attributeParts(node: ts.TypeNode): ts.TypeReferenceNode[] {
  const members = ts.isIntersectionTypeNode(node) ? node.types : [node];
  return members.filter(ts.isTypeReferenceNode);
}

function literals(node: ts.TypeNode | undefined): string[] {
  if (!node) return [];
  if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) return [node.literal.text];
  if (ts.isLiteralTypeNode(node) && node.literal.kind === ts.SyntaxKind.FalseKeyword) return ['false'];
  if (ts.isLiteralTypeNode(node) && node.literal.kind === ts.SyntaxKind.TrueKeyword) return ['true'];
  if (ts.isTupleTypeNode(node)) return node.elements.flatMap((element) => literals(element));
  return [];
}

function factsOfGenerated(node: ts.TypeNode, source: ts.SourceFile): AttributeFacts {
  const parts = attributeParts(node);
  const name = (part: ts.TypeReferenceNode) =>
    part.typeName.getText(source).replace(/^Schema\.Attribute\./, '');
  const [main, ...rest] = parts;
  if (!main) throw new Error(`unexpected attribute type ${node.getText(source)}`);
  const type = name(main);
  const args = main.typeArguments ?? [];
  const facts: AttributeFacts = { type, required: rest.some((part) => name(part) === 'Required') };
  if (type === 'Enumeration') facts.enum = literals(args[0]);
  if (type === 'Relation') facts.relation = literals(args[0]).concat(literals(args[1])).join(' ');
  if (type === 'Component') facts.component = `${literals(args[0])[0]} repeatable=${literals(args[1])[0]}`;
  return facts;
}

function factsOfSchema(attribute: SchemaAttribute): AttributeFacts {
  const type = ATTRIBUTE_TYPES[attribute.type] ?? `unknown schema type ${attribute.type}`;
  const facts: AttributeFacts = { type, required: attribute.required === true };
  if (type === 'Enumeration') facts.enum = attribute.enum ?? [];
  if (type === 'Relation') facts.relation = [attribute.relation, attribute.target].filter(Boolean).join(' ');
  if (type === 'Component')
    facts.component = `${attribute.component} repeatable=${attribute.repeatable === true}`;
  return facts;
}

/**
 * Reads one generated file: the UID → interface map of its `declare module` block
 * (`ContentTypeSchemas` or `ComponentSchemas`) and each interface's attributes.
 */
function readGenerated(file: string, registry: string): Map<string, Facts> {
  const source = parse(file);
  const interfaces = new Map<string, ts.InterfaceDeclaration>();
  const uids = new Map<string, string>();
  const visit = (node: ts.Node) => {
    if (ts.isInterfaceDeclaration(node)) {
      if (node.name.text === registry) {
        for (const member of node.members) {
          if (ts.isPropertySignature(member) && member.type && ts.isTypeReferenceNode(member.type)) {
            uids.set(member.name.getText(source).replace(/^'|'$/g, ''), member.type.typeName.getText(source));
          }
        }
      } else {
        interfaces.set(node.name.text, node);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const result = new Map<string, Facts>();
  for (const [uid, interfaceName] of uids) {
    const declaration = interfaces.get(interfaceName);
    const attributes = declaration?.members.find(
      (member): member is ts.PropertySignature =>
        ts.isPropertySignature(member) && member.name.getText(source) === 'attributes',
    );
    if (!attributes?.type || !ts.isTypeLiteralNode(attributes.type)) {
      throw new Error(`${file}: no attributes for ${uid} (${interfaceName})`);
    }
    const facts: Facts = {};
    for (const member of attributes.type.members) {
      if (ts.isPropertySignature(member) && member.type) {
        facts[member.name.getText(source)] = factsOfGenerated(member.type, source);
      }
    }
    result.set(uid, facts);
  }
  return result;
}

function readSchema(url: URL): Facts {
  const schema = JSON.parse(readFileSync(url, 'utf8')) as { attributes: Record<string, SchemaAttribute> };
  return Object.fromEntries(
    Object.entries(schema.attributes).map(([name, attribute]) => [name, factsOfSchema(attribute)]),
  );
}

/** The generated facts without Strapi's system attributes (unless the schema declares one). */
function withoutSystem(generated: Facts, schema: Facts): Facts {
  return Object.fromEntries(
    Object.entries(generated).filter(([name]) => !SYSTEM_ATTRIBUTES.has(name) || name in schema),
  );
}

const apiSrc = new URL('src/api/', CMS);
const schemaContentTypes = new Map<string, URL>();
for (const api of readdirSync(apiSrc)) {
  const folder = new URL(`${api}/content-types/`, apiSrc);
  let names: string[] = [];
  try {
    names = readdirSync(folder);
  } catch {
    continue;
  }
  for (const name of names) {
    schemaContentTypes.set(`api::${api}.${name}`, new URL(`${name}/schema.json`, folder));
  }
}

const componentsSrc = new URL('src/components/', CMS);
const schemaComponents = new Map<string, URL>();
for (const category of readdirSync(componentsSrc)) {
  for (const file of readdirSync(new URL(`${category}/`, componentsSrc))) {
    if (file.endsWith('.json')) {
      schemaComponents.set(
        `${category}.${file.replace(/\.json$/, '')}`,
        new URL(`${category}/${file}`, componentsSrc),
      );
    }
  }
}

const generatedContentTypes = readGenerated('contentTypes.d.ts', 'ContentTypeSchemas');
const generatedComponents = readGenerated('components.d.ts', 'ComponentSchemas');

describe('committed generated types match the schema.json files (else: cd cms && npx strapi ts:generate-types)', () => {
  it('declare exactly the api:: content types of cms/src/api', () => {
    const generated = [...generatedContentTypes.keys()].filter((uid) => uid.startsWith('api::')).sort();
    expect(generated).toEqual([...schemaContentTypes.keys()].sort());
  });

  it('declare exactly the components of cms/src/components', () => {
    expect([...generatedComponents.keys()].sort()).toEqual([...schemaComponents.keys()].sort());
  });

  it.each([...schemaContentTypes])('content type %s has the schema.json attributes', (uid, url) => {
    const schema = readSchema(url);
    expect(withoutSystem(generatedContentTypes.get(uid) ?? {}, schema)).toEqual(schema);
  });

  it.each([...schemaComponents])('component %s has the schema.json attributes', (uid, url) => {
    expect(generatedComponents.get(uid)).toEqual(readSchema(url));
  });
});
