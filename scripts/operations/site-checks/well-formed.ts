// Parses every XML file of a build with a conforming XML 1.0 parser and every JSON-LD block of every
// page with JSON.parse, so a feed reader or a search engine never receives a file it cannot read.
import fs from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { SaxesParser } from 'saxes';
import { listFiles } from './site-files.ts';

/** One file (or JSON-LD block) that does not parse. */
export interface MalformedFile {
  /** Path relative to the build folder, forward slashes. */
  file: string;
  /** 1-based line of the problem in that file. */
  line: number;
  /** The parser's message. */
  problem: string;
}

/** What the check looked at and what it found. */
export interface WellFormedResult {
  xmlFiles: number;
  jsonLdBlocks: number;
  malformed: MalformedFile[];
}

/** The first well-formedness error of an XML document, or null when it parses. */
export function xmlProblem(xml: string): { line: number; problem: string } | null {
  // saxes checks every character against XML 1.0's Char production, which lenient parsers skip.
  const parser = new SaxesParser({ xmlns: true, position: true });
  let first: { line: number; problem: string } | null = null;
  parser.on('error', (error) => {
    first ??= { line: parser.line, problem: error.message };
  });
  parser.write(xml).close();
  return first;
}

/** The JSON-LD blocks of a page (`<script type="application/ld+json">`), with the line each starts on. */
function jsonLdBlocks(html: string): { line: number; text: string }[] {
  const blocks: { line: number; text: string }[] = [];
  let open: { line: number; text: string } | undefined;
  const parser = new Parser({
    onopentag: (name, attributes) => {
      if (name !== 'script' || attributes.type?.trim().toLowerCase() !== 'application/ld+json') return;
      open = { line: html.slice(0, parser.startIndex).split('\n').length, text: '' };
    },
    ontext: (text) => {
      if (open) open.text += text;
    },
    onclosetag: (name) => {
      if (name === 'script' && open) blocks.push(open);
      open = undefined;
    },
  });
  parser.end(html);
  return blocks;
}

/** Every JSON-LD block of a page that JSON.parse rejects, with the line it starts on. */
export function jsonLdProblems(html: string): { line: number; problem: string }[] {
  const problems: { line: number; problem: string }[] = [];
  for (const block of jsonLdBlocks(html)) {
    try {
      JSON.parse(block.text);
    } catch (error) {
      problems.push({ line: block.line, problem: `JSON-LD: ${(error as Error).message}` });
    }
  }
  return problems;
}

function countJsonLd(html: string): number {
  return jsonLdBlocks(html).length;
}

/** Parses every `.xml` file and every JSON-LD block below `root`. */
export function checkWellFormed(root: string): WellFormedResult {
  const malformed: MalformedFile[] = [];
  const xmlFiles = listFiles(root, '.xml');
  for (const file of xmlFiles) {
    const problem = xmlProblem(fs.readFileSync(path.join(root, file), 'utf8'));
    if (problem) malformed.push({ file, ...problem });
  }
  let jsonLdBlocks = 0;
  for (const file of listFiles(root, '.html')) {
    const html = fs.readFileSync(path.join(root, file), 'utf8');
    jsonLdBlocks += countJsonLd(html);
    for (const problem of jsonLdProblems(html)) malformed.push({ file, ...problem });
  }
  return { xmlFiles: xmlFiles.length, jsonLdBlocks, malformed };
}

/** One line per malformed file, at most `limit` of them. */
export function formatMalformed(malformed: readonly MalformedFile[], limit: number): string {
  const lines = malformed.slice(0, limit).map((m) => `/${m.file}:${m.line}: ${m.problem}`);
  if (malformed.length > limit) lines.push(`… and ${malformed.length - limit} more`);
  return lines.join('\n');
}
