import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.js';

interface Picture { src: string; alt: string }

/** One screen as Eleventy gets it: the same words and pictures copack shows on that screen. */
export interface Screen {
  course: string;
  courseTitle: string;
  lesson: string;
  lessonTitle: string;
  slug: string;
  title: string;
  kind: 'points' | 'question' | 'reflection';
  /** Points; for a question its text, for a reflection its prompt. */
  points: Array<{ text: string; picture: Picture }>;
  choices?: Array<{ text: string; picture: Picture }>;
  help?: string[];
}

/**
 * A layout like copack's screen: skip link, site header, lesson title, heading, "Page n of
 * m", the points (Markdown list items, shown as rows of picture and words by copack's own
 * CSS), and Back / Menu / Next links. Author text is escaped, as copack's templates do.
 */
const layout = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title | escape }}: {{ courseTitle | escape }}</title>
<link rel="stylesheet" href="/{{ course }}/copack.css">
</head>
<body>
<a class="skip-link" href="#main">Skip to the page</a>
<header class="site-header"><p class="site-title">{{ courseTitle | escape }}</p></header>
<main id="main" tabindex="-1">
<section class="screen" aria-labelledby="screen-title">
<p class="lesson-title">{{ lessonTitle | escape }}</p>
<h1 id="screen-title" class="screen-title" tabindex="-1">{{ title | escape }}</h1>
<p class="screen-count">{{ count }}</p>
<div class="points screen-{{ kind }}">
{{ content }}
</div>
<nav class="screen-nav" aria-label="Pages">
{% if back %}<a class="button button-back" href="{{ back }}">Back</a>{% endif %}
<a class="button button-menu" href="/{{ course }}/">Menu</a>
{% if next %}<a class="button button-next" href="{{ next }}">Next</a>{% endif %}
</nav>
</section>
</main>
</body>
</html>
`;

const url = (s: Screen) => `/${s.course}/${s.lesson}/${s.slug}/`;
const image = (s: Screen, p: Picture) => `![${p.alt}](/${s.course}/${p.src})`;
// Front matter values as JSON strings: valid YAML, and safe for any text.
const yaml = (value: string | number | null) => JSON.stringify(value);

function body(s: Screen): string {
  const rows = (items: Array<{ text: string; picture: Picture }>) => items.map((p) => `- ${image(s, p.picture)} ${p.text}`).join('\n');
  if (s.kind === 'points') return `${rows(s.points)}\n`;
  if (s.kind === 'question') return `${rows(s.points)}\n\nChoose an answer.\n\n${rows(s.choices ?? [])}\n`;
  const help = (s.help ?? []).map((h) => `- ${h}`).join('\n');
  return `${rows(s.points)}\n\nIdeas to help you start:\n\n${help}\n\n<textarea class="reflection-text" rows="6" aria-label="Your answer"></textarea>\n`;
}

/**
 * Writes the Eleventy project: `src/<course>/<lesson>/<screen>.md` (one file per screen, with
 * front matter), the layout, and per course the same pictures and copack's CSS, which
 * Eleventy copies through as copack copies them into its site.
 */
export function writeMarkdownSet(
  dir: string,
  screens: readonly Screen[],
  courseIds: readonly string[],
  write: (path: string, data: string | Uint8Array) => void,
): void {
  const src = join(dir, 'src');
  write(join(src, '_includes', 'screen.liquid'), layout);
  const css = readFileSync(join(repoRoot, 'src', 'render', 'theme', 'copack.css'));
  for (const id of courseIds) write(join(src, id, 'copack.css'), css);
  const byLesson = new Map<string, Screen[]>();
  for (const s of screens) {
    const key = `${s.course}/${s.lesson}`;
    byLesson.set(key, [...(byLesson.get(key) ?? []), s]);
  }
  for (const lesson of byLesson.values()) {
    lesson.forEach((s, i) => {
      const back = i > 0 ? url(lesson[i - 1] as Screen) : null;
      const next = i < lesson.length - 1 ? url(lesson[i + 1] as Screen) : null;
      const front = [
        '---',
        `layout: screen.liquid`,
        `title: ${yaml(s.title)}`,
        `course: ${yaml(s.course)}`,
        `courseTitle: ${yaml(s.courseTitle)}`,
        `lessonTitle: ${yaml(s.lessonTitle)}`,
        `kind: ${yaml(s.kind)}`,
        `count: ${yaml(`Page ${i + 1} of ${lesson.length}`)}`,
        `back: ${yaml(back)}`,
        `next: ${yaml(next)}`,
        `permalink: ${yaml(url(s))}`,
        '---',
        '',
      ].join('\n');
      write(join(src, s.course, s.lesson, `${s.slug}.md`), `${front}${body(s)}`);
    });
  }
}
