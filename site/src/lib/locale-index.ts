// The shape of the per-locale site index, kept apart from the code that builds it so that
// dangling-relations.ts can type its input without importing site-index.ts (an import cycle).
import type {
  AdvantagesPage,
  Article,
  ArticleColumn,
  City,
  CollectionTypeName,
  Contact,
  Event,
  Industry,
  Job,
  Park,
  Policy,
  Project,
  SiteSetting,
} from '@select-shandong/shared-types';
import type { SiteLocale } from '../i18n/locales.ts';

/** Documents of each collection type, as the site consumes them. */
export interface DocumentOf {
  article: Article;
  city: City;
  industry: Industry;
  park: Park;
  project: Project;
  contact: Contact;
  policy: Policy;
  event: Event;
  job: Job;
}

/** Everything pages of one locale read: sorted lists, lookups by documentId and reverse indexes. */
export interface LocaleIndex {
  locale: SiteLocale;
  articles: Article[];
  cities: City[];
  industries: Industry[];
  parks: Park[];
  projects: Project[];
  contacts: Contact[];
  /** Newest issue date first. */
  policies: Policy[];
  /** Every event, soonest start first; pages split them by phase at build time. */
  events: Event[];
  /** Every published job, expired ones included (their pages stay, marked expired), newest posted first. */
  jobs: Job[];
  /** The jobs still open at the build's time: what lists show. */
  currentJobs: Job[];
  siteSetting: SiteSetting | null;
  advantagesPage: AdvantagesPage | null;
  byId: { [T in CollectionTypeName]: Map<string, DocumentOf[T]> };
  articlesByColumn: Map<ArticleColumn, Article[]>;
  /** Keyed by city documentId. */
  cityParks: Map<string, Park[]>;
  cityProjects: Map<string, Project[]>;
  cityContacts: Map<string, Contact[]>;
  /** Current jobs only. */
  cityJobs: Map<string, Job[]>;
  cityArticles: Map<string, Article[]>;
  cityPolicies: Map<string, Policy[]>;
  cityEvents: Map<string, Event[]>;
  /** Keyed by industry documentId. */
  industryCities: Map<string, City[]>;
  industryParks: Map<string, Park[]>;
  industryProjects: Map<string, Project[]>;
  /** Current jobs only. */
  industryJobs: Map<string, Job[]>;
  industryArticles: Map<string, Article[]>;
  industryPolicies: Map<string, Policy[]>;
  /** Keyed by park documentId. */
  parkArticles: Map<string, Article[]>;
  /** Keyed by article documentId: the policies it interprets (政策解读). */
  articlePolicies: Map<string, Policy[]>;
  /** Keyed by policy documentId: the older policies it amended or repealed. */
  policySupersedes: Map<string, Policy[]>;
}
