/** Prints the report of a saved run again: `node dist-bench/bench/show.js [bench/results/latest.json]`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.js';
import { formatProfile } from './profile.js';
import { formatReport, type Results } from './report.js';

const file = process.argv[2] ?? join(repoRoot, 'bench', 'results', 'latest.json');
const results = JSON.parse(readFileSync(file, 'utf8')) as Results;
process.stdout.write(`${formatReport(results)}\n`);
if (results.profile) process.stdout.write(`CPU profile of (a), ${results.profile.file}:\n\n${formatProfile(results.profile.summary)}\n`);
