import { randomInt } from 'node:crypto';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ALPHABET = `${LETTERS}0123456789`;

/**
 * A document id indistinguishable in form from Strapi 5's own (24 characters, lower-case letters
 * and digits, starting with a letter): the answer to a bot whose post is thrown away, so the
 * honeypot cannot be detected from the reply.
 */
export function decoyDocumentId(): string {
  let id = LETTERS[randomInt(LETTERS.length)] ?? 'a';
  while (id.length < 24) id += ALPHABET[randomInt(ALPHABET.length)];
  return id;
}
