/**
 * Working in several pages at once, and walking screens inside a page: the browser tests visit
 * every screen many times, and a round trip per screen, or one core for all of it, is slow.
 */
import { availableParallelism } from 'node:os';
import type { Page } from 'playwright-core';
import { afterAll } from 'vitest';
import { describeLog, gotoScreen, openSite, type PageLog, type SitePage, type SiteSuite } from './browser.js';

/**
 * How many pages to work in at once. Vitest runs one test file at a time on a 2-core machine,
 * and each page's renderer is its own process, so two pages keep both cores busy.
 */
export const pagesAtOnce = Math.max(1, Math.min(3, availableParallelism()));

/**
 * Shares `items` out among `pagesAtOnce` fresh pages (item i to page i mod n) and works
 * through each page's share in order. Results come back in the order of `items`; each page's
 * log is returned so the caller can require it to be empty.
 */
export async function inPages<S extends SitePage, T, R>(items: readonly T[], open: () => Promise<S>, work: (site: S, item: T) => Promise<R>): Promise<{ results: R[]; logs: PageLog[] }> {
  const n = Math.min(pagesAtOnce, items.length) || 1;
  const results = new Array<R>(items.length);
  const logs = await Promise.all(
    Array.from({ length: n }, async (_, lane) => {
      const site = await open();
      try {
        for (let i = lane; i < items.length; i += n) results[i] = await work(site, items[i]!);
      } finally {
        await site.context.close();
      }
      return site.log;
    }),
  );
  return { results, logs };
}

/**
 * Pages kept open for a whole test file, one per lane (see `pagesAtOnce`), each in its own
 * context, opened at `#/` on first use. Tests change their width, settings and styles and
 * must put them back. `takeLog()` returns what the pages logged since it was last called.
 */
export function usePagePool(suite: { get: () => SiteSuite }): { get: () => Promise<SitePage[]>; takeLog: () => Promise<string> } {
  let lanes: Promise<SitePage[]> | undefined;
  afterAll(async () => {
    const open = await lanes?.catch(() => []);
    for (const lane of open ?? []) await lane.context.close().catch(() => undefined);
  });
  return {
    get: () => {
      lanes ??= (async () => {
        const { browser, server } = suite.get();
        return Promise.all(
          Array.from({ length: pagesAtOnce }, async () => {
            const site = await openSite(browser, { server });
            await gotoScreen(site.page, site.home, '#/');
            return site;
          }),
        );
      })();
      return lanes;
    },
    takeLog: async () => {
      if (!lanes) return '';
      const open = await lanes;
      const text = describeLog(open.map((l) => l.log));
      for (const lane of open) for (const list of Object.values(lane.log) as string[][]) list.length = 0;
      return text;
    },
  };
}

/**
 * Shows each screen in turn inside the page, then calls `window[fn](arg)` there: one round
 * trip for a whole walk. `fn` must have been put on `window` first (see `installInPage`).
 */
export async function eachScreenInPage<R>(page: Page, screens: readonly string[], fn: string, arg: unknown): Promise<Array<{ screen: string; result: R }>> {
  return page.evaluate(
    async ({ list, name, value }) => {
      const shownNow = () => Array.from(document.querySelectorAll<HTMLElement>('section.screen[data-screen]')).filter((s) => !s.hidden).map((s) => s.getAttribute('data-screen'));
      const out: Array<{ screen: string; result: unknown }> = [];
      for (const hash of list) {
        if (location.hash !== hash) {
          await new Promise<void>((done) => {
            window.addEventListener('hashchange', () => setTimeout(done, 0), { once: true });
            location.hash = hash;
          });
        }
        await new Promise((done) => requestAnimationFrame(() => done(null)));
        const now = shownNow();
        if (now.length !== 1 || now[0] !== hash) throw new Error(`${hash} was not shown; shown: ${now.join(', ') || 'nothing'}`);
        const call = (window as unknown as Record<string, (a: unknown) => unknown>)[name]!;
        out.push({ screen: hash, result: await call(value) });
      }
      return out;
    },
    { list: screens, name: fn, value: arg as never },
  ) as Promise<Array<{ screen: string; result: R }>>;
}

/** Puts a self-contained function on `window` under `name`, for `eachScreenInPage`. */
export async function installInPage(page: Page, name: string, fn: (...args: never[]) => unknown): Promise<void> {
  await page.evaluate(`window[${JSON.stringify(name)}] = ${fn.toString()};`);
}
