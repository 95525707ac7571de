import type { z } from 'zod';
import { describeZodField } from './describe-zod.ts';
import type { ExpectedAttribute } from './expectations.ts';

/** A Strapi attribute as written in schema.json or a component JSON. */
export interface StrapiAttribute {
  type: string;
  required?: boolean;
  enum?: string[];
  relation?: string;
  target?: string;
  component?: string;
  repeatable?: boolean;
  multiple?: boolean;
}

const STRING_TYPES = new Set(['string', 'uid', 'text', 'richtext', 'email', 'date', 'datetime']);
const NUMBER_TYPES = new Set(['integer', 'decimal']);

/** Compares one zod field with its Strapi attribute; returns what does not match. */
function checkField(
  where: string,
  field: z.ZodTypeAny,
  expected: ExpectedAttribute,
  attribute: StrapiAttribute | undefined,
): string[] {
  if (!attribute) return [`${where}: missing in Strapi (renamed or removed?)`];
  if (attribute.type !== expected.type) {
    return [`${where}: Strapi type is "${attribute.type}", the site expects "${expected.type}"`];
  }
  const zod = describeZodField(field);
  const problems: string[] = [];
  const many =
    (expected.type === 'relation' && expected.relation === 'manyToMany') ||
    (expected.type === 'component' && expected.repeatable) ||
    (expected.type === 'media' && expected.multiple === true);
  if (
    expected.type === 'relation' &&
    (attribute.relation !== expected.relation || attribute.target !== expected.target)
  ) {
    problems.push(
      `${where}: relation is ${attribute.relation} → ${attribute.target}, expected ${expected.relation} → ${expected.target}`,
    );
  }
  if (expected.type === 'component') {
    if (attribute.component !== expected.component) {
      problems.push(`${where}: component is "${attribute.component}", expected "${expected.component}"`);
    }
    if ((attribute.repeatable ?? false) !== expected.repeatable) {
      problems.push(
        `${where}: repeatable is ${attribute.repeatable ?? false}, expected ${expected.repeatable}`,
      );
    }
  }
  if (expected.type === 'media' && (attribute.multiple ?? false) !== (expected.multiple ?? false)) {
    problems.push(
      `${where}: multiple is ${attribute.multiple ?? false}, expected ${expected.multiple ?? false}`,
    );
  }
  if (expected.type === 'enumeration') {
    const strapiValues = JSON.stringify(attribute.enum ?? []);
    const zodValues = JSON.stringify(zod.enumValues ?? []);
    if (strapiValues !== zodValues)
      problems.push(`${where}: enum is ${strapiValues} in Strapi, ${zodValues} in zod`);
  }
  const expectedKind = many
    ? 'array'
    : STRING_TYPES.has(expected.type)
      ? 'string'
      : NUMBER_TYPES.has(expected.type)
        ? 'number'
        : expected.type === 'enumeration'
          ? 'enum'
          : expected.type === 'boolean'
            ? 'boolean'
            : 'object';
  if (zod.kind !== expectedKind) problems.push(`${where}: zod kind is ${zod.kind}, expected ${expectedKind}`);
  // A field the site treats as always present must be required in Strapi (lists are [] when empty).
  if (!many && !zod.nullable && attribute.required !== true && expected.type !== 'relation') {
    problems.push(`${where}: the site requires a value but Strapi marks it optional`);
  }
  return problems;
}

/** Compares every field of a zod object with a Strapi attribute map; returns what does not match. */
export function checkFields(
  owner: string,
  schema: z.AnyZodObject,
  expectations: Record<string, ExpectedAttribute>,
  attributes: Record<string, StrapiAttribute>,
  systemFields: readonly string[] = [],
): string[] {
  const problems: string[] = [];
  for (const [name, field] of Object.entries(schema.shape as Record<string, z.ZodTypeAny>)) {
    if (systemFields.includes(name)) continue;
    const expected = expectations[name];
    if (!expected) {
      problems.push(`${owner}.${name}: zod field has no expected Strapi attribute in the drift test`);
      continue;
    }
    problems.push(...checkField(`${owner}.${name}`, field, expected, attributes[name]));
  }
  for (const name of Object.keys(expectations)) {
    if (!(name in schema.shape)) problems.push(`${owner}.${name}: expected but not in the zod schema`);
  }
  return problems;
}
