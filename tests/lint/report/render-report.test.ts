import { describe, expect, it } from 'vitest';
import { renderLintReport } from '../../../src/lint/report/render-report.js';
import { lintCourse } from '../../../src/lint/runner.js';
import { configFor, courseFrom, minimalCourse } from '../lint-harness.js';

const lesson = JSON.stringify(
  {
    id: 'intro',
    title: 'Hello <b>there</b>',
    summary: 'We say hello.',
    pages: [
      {
        id: 'p1',
        kind: 'points',
        title: 'First & best',
        points: [
          { text: '<script>alert(1)</script> Staff utilise the **MDT** plan.', picture: { symbol: 'healthicons:people', alt: 'image' } },
          { text: 'We meet every week.' },
        ],
      },
      { id: 'p2', kind: 'points', title: 'Second', points: [{ text: 'We have tea.', picture: { symbol: 'healthicons:people', alt: '2 cups' } }] },
    ],
  },
  null,
  2,
);

function report(): string {
  const course = courseFrom(JSON.stringify(minimalCourse({ title: 'Course "one" <i>x</i>' }), null, 2), [lesson]);
  return renderLintReport([{ course, result: lintCourse(course, configFor(course)) }]);
}

describe('renderLintReport', () => {
  const html = report();

  it('is one self-contained page: a language, a title, inline styles, no scripts, nothing loaded', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en-GB">/);
    expect(html).toContain('<title>Easy-read report: Course &quot;one&quot; &lt;i&gt;x&lt;/i&gt;</title>');
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|url\(|@import|https?:/i);
  });

  it('escapes every piece of author text', () => {
    expect(html).not.toMatch(/<script|<\/script/);
    expect(html).toContain('&lt;script&gt;alert');
    expect(html).not.toContain('<b>there</b>');
    expect(html).toContain('First &amp; best');
  });

  it('has headings in order: the report, the course, each lesson, each page', () => {
    const headings = [...html.matchAll(/<h([1-4])[^>]*>(.*?)<\/h\1>/g)].map((m) => `h${m[1]} ${m[2]}`);
    expect(headings).toEqual([
      'h1 Easy-read report: Course &quot;one&quot; &lt;i&gt;x&lt;/i&gt;',
      'h2 Course &quot;one&quot; &lt;i&gt;x&lt;/i&gt;',
      'h3 Summary',
      'h3 Course details',
      'h3 Lesson 1: Hello &lt;b&gt;there&lt;/b&gt;',
      'h4 The whole lesson',
      'h4 Page 1: First &amp; best',
      'h4 Page 2: Second',
    ]);
  });

  it('marks the flagged words and puts each hint beside them, with the bold markup left out', () => {
    expect(html).toContain('<mark class="error">utilise</mark><sup>');
    expect(html).toContain('<mark class="error">MDT</mark>');
    expect(html).not.toContain('**MDT**');
    expect(html).toMatch(/<ol class="notes">\n<li value="\d+"><span class="badge error">Must change<\/span>/);
    expect(html).toContain('Say <code>use</code> instead');
  });

  it('shows findings without text, and alt text, where they are on the page', () => {
    expect(html).toContain('Point 2');
    expect(html).toContain('This point has no picture.');
    // A finding about the whole text is numbered, not marked, so marks stay on the words to change.
    expect(html).toMatch(/Point 1, picture description \(alt text\)<\/p>\n<p class="text">image <sup>\d+<\/sup>/);
  });

  it('gives readability figures for each page and a summary table', () => {
    expect(html.match(/<p class="figures">Reading ease/g)).toHaveLength(2);
    expect(html).toContain('<caption>Each part of the course</caption>');
    expect(html).toContain('<caption>Each check</caption>');
    expect(html).toMatch(/<th scope="row">lint\/jargon<\/th>/);
  });

  it('is the same every time', () => {
    expect(report()).toBe(html);
  });
});
