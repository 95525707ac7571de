import type { JsonLdObject, WithContext } from 'schema-dts';

/**
 * One top-level schema.org object as a page hands it to the layout. The builders that make them
 * are typed with the specific schema-dts type (`WithContext<NewsArticle>`, `BreadcrumbList`, …),
 * so a misspelt property fails `tsc` there; here any of them is accepted.
 */
export type JsonLd = WithContext<JsonLdObject>;
