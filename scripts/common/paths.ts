import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute paths of the workspace folders, whatever the current directory. */
export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CMS_DIR = path.join(ROOT_DIR, 'cms');
export const SITE_DIR = path.join(ROOT_DIR, 'site');
/** Git-ignored folder for local state: the build token, built sites. */
export const LOCAL_DIR = path.join(ROOT_DIR, '.local');
