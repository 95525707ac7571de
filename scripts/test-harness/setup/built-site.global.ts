// Global setup of the e2e project: the site built once from the seeded Strapi.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../operations/site-build/build-site.ts';
import { type BuiltSiteContext, TEST_SITE_URL } from './provided-context.ts';

/** Builds the site from the running Strapi; a failure is reported to the tests, not thrown. */
async function buildSharedSite(
  siteDir: string,
  scratchDir: string,
  strapiUrl: string,
  token: string,
): Promise<BuiltSiteContext> {
  const log: string[] = [];
  const started = Date.now();
  try {
    // From a scratch folder of its own, as the pipeline builds (run-pipeline.ts): the browser tests
    // then meet the site production publishes, not one only `astro build` in site/ makes.
    await buildSite({
      strapiUrl,
      token,
      outDir: siteDir,
      scratchDir,
      siteUrl: TEST_SITE_URL,
      onLog: (line) => log.push(line),
    });
    const buildMs = Date.now() - started;
    console.log(`[setup] site built into ${siteDir} in ${buildMs} ms`);
    return { outDir: siteDir, siteUrl: TEST_SITE_URL, buildMs, log };
  } catch (error) {
    // Each e2e file fails with this message (support/built-site.ts) instead of building again.
    // buildSite's message ends with astro's last lines, which are often page names; the lines that
    // say what went wrong may be earlier in the log.
    const errorLines = log.filter((line) => /error|failed|cannot|exception/i.test(line)).slice(0, 30);
    const message = [
      error instanceof Error ? error.message : String(error),
      '— error lines —',
      ...errorLines,
    ].join('\n');
    console.log(`[setup] site build FAILED: ${message.split('\n')[0]}`);
    return { outDir: siteDir, siteUrl: TEST_SITE_URL, buildMs: Date.now() - started, log, error: message };
  }
}

/**
 * Builds the site once from the Strapi seeded-strapi.global.ts started (it runs first); the
 * returned teardown removes the build.
 */
export async function setup(project: TestProject): Promise<() => void> {
  const { url, token } = project.getProvidedContext().seededStrapi;
  const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'select-shandong-site-'));
  const scratchDir = fs.mkdtempSync(path.join(os.tmpdir(), 'select-shandong-scratch-'));
  project.provide('builtSite', await buildSharedSite(siteDir, scratchDir, url, token));
  return () => {
    fs.rmSync(siteDir, { recursive: true, force: true });
    fs.rmSync(scratchDir, { recursive: true, force: true });
  };
}
