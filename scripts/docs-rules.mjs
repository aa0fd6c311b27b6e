// Writes docs/rules.md from the rules' metadata. Run with `npm run docs:rules` (it compiles first).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderRulesDoc } from '../dist/lint/rules-doc.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
writeFileSync(join(root, 'docs', 'rules.md'), renderRulesDoc());
console.log('Wrote docs/rules.md');
