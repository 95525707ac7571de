// A valid entry for any content type, built from the model the admin itself loads
// (GET /content-manager/init), so a new type or attribute is covered without editing a test.

/** An attribute as the content manager describes it. */
export interface ModelAttribute {
  type: string;
  required?: boolean;
  enum?: string[];
  min?: number;
  minLength?: number;
  maxLength?: number;
  regex?: string;
  component?: string;
  repeatable?: boolean;
  pluginOptions?: { i18n?: { localized?: boolean } };
}

/** A content type or component as GET /content-manager/init lists it. */
export interface Model {
  uid: string;
  kind?: 'collectionType' | 'singleType';
  attributes: Record<string, ModelAttribute>;
}

/** What makes one sample distinct: its locale (the text language) and a tag in every value. */
export interface SampleOptions {
  locale: string;
  tag: string;
}

const TEXT_TYPES = new Set(['string', 'text', 'richtext']);

/** Values for text attributes with a pattern no generated text meets, by attribute name. */
const PATTERNED_SAMPLES: Record<string, string> = {
  adminCode: '379900',
};

/** A slug-shaped value: what most patterned text (slugs) accepts. */
const slugLike = (tag: string) => `admin-api-${tag}`;

function text(name: string, attribute: ModelAttribute, { locale, tag }: SampleOptions): string {
  if (attribute.regex) {
    const pattern = new RegExp(attribute.regex);
    const sample = [PATTERNED_SAMPLES[name], slugLike(tag)].find((value) => value && pattern.test(value));
    if (!sample) throw new Error(`${name} must match ${attribute.regex}: add a sample to PATTERNED_SAMPLES`);
    return sample;
  }
  const words = locale === 'en' ? `Admin API test ${name} ${tag}` : `后台接口测试 ${name} ${tag}`;
  const padded = words.padEnd(attribute.minLength ?? 0, '。');
  return attribute.maxLength ? padded.slice(0, attribute.maxLength) : padded;
}

function sampleValue(
  name: string,
  attribute: ModelAttribute,
  components: ReadonlyMap<string, Model>,
  options: SampleOptions,
): unknown {
  if (TEXT_TYPES.has(attribute.type)) return text(name, attribute, options);
  switch (attribute.type) {
    case 'uid':
      return slugLike(options.tag);
    case 'email':
      return `admin-api-${options.tag}@example.com`;
    case 'enumeration':
      return attribute.enum?.[0];
    case 'integer':
    case 'biginteger':
      return attribute.min ?? 1;
    case 'decimal':
    case 'float':
      return attribute.min ?? 1.5;
    case 'datetime':
      return '2026-03-01T08:00:00.000Z';
    case 'date':
      return '2026-03-01';
    case 'boolean':
      return true;
    case 'json':
      return {};
    case 'component': {
      const component = components.get(attribute.component ?? '');
      if (!component) throw new Error(`${name}: unknown component ${attribute.component}`);
      const one = sampleEntry(component, components, options);
      return attribute.repeatable ? [one] : one;
    }
    default:
      throw new Error(`${name}: no sample value for a required ${attribute.type} attribute`);
  }
}

/**
 * The smallest valid entry of `model`: every required attribute (recursively into components)
 * with a value its rules accept, tagged with `options.tag` so samples never collide.
 */
export function sampleEntry(
  model: Model,
  components: ReadonlyMap<string, Model>,
  options: SampleOptions,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(model.attributes)
      .filter(([, attribute]) => attribute.required === true)
      .map(([name, attribute]) => [name, sampleValue(name, attribute, components, options)]),
  );
}

/** The first required text attribute of `model`: the one an edit changes. */
export function editableField(model: Model): string {
  const name = Object.entries(model.attributes).find(
    ([, attribute]) => attribute.required === true && TEXT_TYPES.has(attribute.type) && !attribute.regex,
  )?.[0];
  if (!name) throw new Error(`${model.uid} has no required text attribute to edit`);
  return name;
}
