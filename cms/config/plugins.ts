import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/config/required-env';

/** Plugins: users-permissions issues JWTs signed with JWT_SECRET. */
export default (_params: Core.Config.Shared.ConfigParams) => ({
  'users-permissions': {
    config: {
      jwtSecret: requiredEnv('JWT_SECRET'),
    },
  },
});
