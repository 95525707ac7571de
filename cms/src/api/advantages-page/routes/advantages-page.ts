import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::advantages-page.advantages-page');
