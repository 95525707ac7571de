import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::advantages-page.advantages-page');
