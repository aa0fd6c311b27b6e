import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository: two folders up from `dist-bench/bench/`, where the compiled bench runs. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
