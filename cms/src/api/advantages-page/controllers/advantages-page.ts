import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::advantages-page.advantages-page');
