import type { Core } from '@strapi/strapi';
import { FIELD_LABELS } from './field-labels';

interface FieldMetadata {
  edit?: Record<string, unknown>;
  list?: Record<string, unknown>;
}
interface Configuration {
  metadatas?: Record<string, FieldMetadata>;
  [key: string]: unknown;
}
interface ConfigurationService {
  findConfiguration(model: { uid: string }): Promise<Configuration>;
  updateConfiguration(model: { uid: string }, configuration: Configuration): Promise<unknown>;
}

/**
 * Writes the Chinese labels and descriptions of FIELD_LABELS into the content manager's view
 * configuration, only where they differ, so editors' own layout changes are kept.
 */
export async function applyFieldLabels(strapi: Core.Strapi): Promise<void> {
  const manager = strapi.plugin('content-manager');
  for (const [uid, fields] of Object.entries(FIELD_LABELS)) {
    const service = manager.service(
      uid.includes('::') ? 'content-types' : 'components',
    ) as ConfigurationService;
    const configuration = await service.findConfiguration({ uid });
    const metadatas = configuration.metadatas ?? {};
    let changed = false;
    for (const [field, [label, description]] of Object.entries(fields)) {
      const current = metadatas[field] ?? {};
      if (current.edit?.label === label && current.edit?.description === description) continue;
      metadatas[field] = {
        ...current,
        edit: { ...current.edit, label, description },
        list: { ...current.list, label },
      };
      changed = true;
    }
    if (changed) {
      // findConfiguration adds uid (and category, for components); the stored form has neither.
      const { uid: _uid, category: _category, ...rest } = configuration;
      await service.updateConfiguration({ uid }, { ...rest, metadatas });
    }
  }
}
