import type { z } from 'zod';
import { advantageSchema } from '../components/advantage.ts';
import { contactInfoSchema } from '../components/contact-info.ts';
import { eventGuestSchema } from '../components/event-guest.ts';
import { geoPointSchema } from '../components/geo-point.ts';
import { keyFigureSchema } from '../components/key-figure.ts';
import { navItemSchema } from '../components/nav-item.ts';
import { seoSchema } from '../components/seo.ts';
import type { ContentTypeName } from '../content-types.ts';

/** The Strapi attribute a zod field relies on. */
export type ExpectedAttribute =
  | {
      type:
        | 'string'
        | 'uid'
        | 'text'
        | 'richtext'
        | 'email'
        | 'integer'
        | 'decimal'
        | 'datetime'
        | 'date'
        | 'boolean';
    }
  | { type: 'enumeration' }
  | { type: 'media'; multiple?: true }
  | { type: 'relation'; relation: 'manyToOne' | 'manyToMany'; target: string }
  | { type: 'component'; component: string; repeatable: boolean };

const string = { type: 'string' } as const;
/** A slug: Strapi's `uid` type, suggested from the title and unique (cms/src/slugs). */
const uid = { type: 'uid' } as const;
const text = { type: 'text' } as const;
const richtext = { type: 'richtext' } as const;
const integer = { type: 'integer' } as const;
const decimal = { type: 'decimal' } as const;
const date = { type: 'date' } as const;
const boolean = { type: 'boolean' } as const;
const enumeration = { type: 'enumeration' } as const;
const media = { type: 'media' } as const;
/** A multiple media field: a list of files. */
const files = { type: 'media', multiple: true } as const;
const toOne = (type: string) =>
  ({ type: 'relation', relation: 'manyToOne', target: `api::${type}.${type}` }) as const;
const toMany = (type: string) =>
  ({ type: 'relation', relation: 'manyToMany', target: `api::${type}.${type}` }) as const;
const one = (component: string) => ({ type: 'component', component, repeatable: false }) as const;
const many = (component: string) => ({ type: 'component', component, repeatable: true }) as const;

/** Document fields Strapi adds itself; they have no attribute in schema.json. */
export const SYSTEM_FIELDS = ['documentId', 'locale', 'updatedAt', 'publishedAt'] as const;

/** For every content type: zod field → the Strapi attribute it must stay in step with. */
export const CONTENT_TYPE_EXPECTATIONS: Record<ContentTypeName, Record<string, ExpectedAttribute>> = {
  article: {
    title: string,
    slug: uid,
    summary: text,
    body: richtext,
    cover: media,
    attachments: files,
    column: enumeration,
    releasedAt: { type: 'datetime' },
    source: string,
    editor: string,
    city: toOne('city'),
    industries: toMany('industry'),
    parks: toMany('park'),
    seo: one('shared.seo'),
  },
  city: {
    name: string,
    slug: uid,
    adminCode: string,
    order: integer,
    overview: text,
    body: richtext,
    keyFigures: many('shared.key-figure'),
    location: one('shared.geo-point'),
    cover: media,
    industries: toMany('industry'),
    seo: one('shared.seo'),
  },
  industry: {
    name: string,
    slug: uid,
    order: integer,
    summary: text,
    body: richtext,
    keyFigures: many('shared.key-figure'),
    cover: media,
    seo: one('shared.seo'),
  },
  park: {
    name: string,
    slug: uid,
    parkType: enumeration,
    level: enumeration,
    city: toOne('city'),
    industries: toMany('industry'),
    areaKm2: decimal,
    foundedYear: integer,
    address: string,
    location: one('shared.geo-point'),
    website: string,
    summary: text,
    body: richtext,
    contact: one('shared.contact-info'),
    cover: media,
    seo: one('shared.seo'),
  },
  contact: {
    organization: string,
    slug: uid,
    category: enumeration,
    city: toOne('city'),
    region: string,
    address: string,
    phone: string,
    email: { type: 'email' },
    website: string,
    order: integer,
    description: text,
  },
  project: {
    name: string,
    slug: uid,
    city: toOne('city'),
    industry: toOne('industry'),
    totalInvestment: decimal,
    cooperationMode: enumeration,
    stage: enumeration,
    summary: text,
    body: richtext,
    attachments: files,
    contact: one('shared.contact-info'),
    seo: one('shared.seo'),
  },
  policy: {
    title: string,
    slug: uid,
    documentNumber: string,
    issuer: string,
    level: enumeration,
    city: toOne('city'),
    industries: toMany('industry'),
    issueDate: date,
    effectiveDate: date,
    expiryDate: date,
    longTerm: boolean,
    validity: enumeration,
    supersededBy: toOne('policy'),
    summary: text,
    body: richtext,
    interpretation: toOne('article'),
    attachments: files,
    seo: one('shared.seo'),
  },
  event: {
    title: string,
    slug: uid,
    eventType: enumeration,
    startsAt: { type: 'datetime' },
    endsAt: { type: 'datetime' },
    venue: string,
    city: toOne('city'),
    organiser: string,
    registrationUrl: string,
    registrationDeadline: { type: 'datetime' },
    guests: many('shared.event-guest'),
    projects: toMany('project'),
    industries: toMany('industry'),
    summary: text,
    body: richtext,
    cover: media,
    seo: one('shared.seo'),
  },
  job: {
    position: string,
    slug: uid,
    employer: string,
    city: toOne('city'),
    industry: toOne('industry'),
    openings: integer,
    employmentType: enumeration,
    education: enumeration,
    experience: string,
    salaryMin: integer,
    salaryMax: integer,
    salaryNegotiable: boolean,
    summary: text,
    requirements: richtext,
    body: richtext,
    contact: one('shared.contact-info'),
    postedAt: date,
    validUntil: date,
    seo: one('shared.seo'),
  },
  'site-setting': {
    siteName: string,
    slogan: string,
    navigation: many('shared.nav-item'),
    footerText: text,
    seo: one('shared.seo'),
  },
  'advantages-page': {
    title: string,
    intro: text,
    advantages: many('shared.advantage'),
    seo: one('shared.seo'),
  },
};

/** A component schema and the attributes of its JSON it relies on. */
export interface ComponentExpectation {
  /** The zod schema the site validates the component with. */
  schema: z.AnyZodObject;
  /** zod field → Strapi attribute. */
  fields: Record<string, ExpectedAttribute>;
}

/** For every component (uid `shared.x`): its zod schema and the attributes it relies on. */
export const COMPONENT_EXPECTATIONS: Record<string, ComponentExpectation> = {
  'shared.seo': { schema: seoSchema, fields: { metaTitle: string, metaDescription: text } },
  'shared.key-figure': {
    schema: keyFigureSchema,
    fields: { label: string, value: string, unit: string, year: integer },
  },
  'shared.geo-point': { schema: geoPointSchema, fields: { latitude: decimal, longitude: decimal } },
  'shared.contact-info': {
    schema: contactInfoSchema,
    fields: { person: string, phone: string, email: { type: 'email' }, address: string },
  },
  'shared.event-guest': {
    schema: eventGuestSchema,
    fields: { name: string, affiliation: string, kind: enumeration },
  },
  'shared.nav-item': { schema: navItemSchema, fields: { label: string, href: string } },
  'shared.advantage': {
    schema: advantageSchema,
    fields: { key: enumeration, title: string, summary: text, body: richtext },
  },
};
