import { readFileSync } from 'node:fs';

/** copack's own version, from its package.json: recorded in outputs so a rebuild by a newer copack is visible. */
export const copackVersion: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
