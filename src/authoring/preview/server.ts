/**
 * The preview's web server, on 127.0.0.1 unless told otherwise: the built courses from the
 * preview folder, with the live-reload script added to each HTML page as it is sent (the
 * files on disk stay as built); build status as Server-Sent Events; and the test LMS. Only
 * GET and HEAD, every answer `Cache-Control: no-store`, nothing outside the preview folder.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eventsPath, injectLiveScript, liveScript, liveScriptPath } from './live-client.js';
import { contentTypeOf, findFile, isHtml, parseRequestPath } from './safe-path.js';
import { findScormAgain, lmsAssetPath, scormVersions, testLmsCss, testLmsPage, testLmsScript, versionLabel, type ScormVersion } from './test-lms.js';

export interface PreviewProblem {
  file: string;
  line: number;
  column: number;
  code: string;
  message: string;
  hint?: string;
}

/** What the pages are told after each build. */
export interface PreviewStatus {
  /** Counts the builds finished; a page reloads when a newer good build is done. */
  build: number;
  building: boolean;
  errors: number;
  warnings: number;
  /** The first errors, for the overlay. */
  problems: PreviewProblem[];
  /** Errors not in `problems`. */
  more: number;
  /** copack itself failed (not a problem in the course). */
  failure?: string;
}

export interface PreviewCourse {
  id: string;
  title: string;
  /** Is there a good build of it to show? */
  built: boolean;
}

/** What the server serves, kept up to date by the preview. */
export interface PreviewContent {
  outDir: string;
  status: () => PreviewStatus;
  courses: () => PreviewCourse[];
  /** A built package's files and launch page. */
  scormPackage: (courseId: string, version: ScormVersion) => { entries: Map<string, Buffer>; launch: string } | undefined;
  /** Called with each new status; returns the unsubscribe. */
  subscribe: (listener: (status: PreviewStatus) => void) => () => void;
}

export interface PreviewServer {
  origin: string;
  port: number;
  close: () => Promise<void>;
}

const loopbackNames = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** Is `host` this computer only? 127.0.0.0/8, `::1` or `localhost`. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.toLowerCase().replace(/^\[|\]$/g, '');
  return loopbackNames.has(bare) || /^127(\.\d{1,3}){3}$/.test(bare) || bare === '::ffff:127.0.0.1';
}

const baseHeaders = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };

function send(request: IncomingMessage, response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  response.writeHead(status, { ...baseHeaders, 'content-type': type, 'content-length': bytes.length });
  response.end(request.method === 'HEAD' ? undefined : bytes);
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A small page of copack's own, with the live script (so it updates when the course builds). */
function page(title: string, bodyHtml: string, build: number): string {
  return injectLiveScript(
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>html{font:20px/1.5 system-ui,sans-serif;color:#1b1b1b;background:#fff}body{max-width:40em;margin:0 auto;padding:16px}a{color:#0b3d91}li{margin:8px 0}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${bodyHtml}
</main>
</body>
</html>
`,
    build,
  );
}

function homePage(content: PreviewContent): string {
  const courses = content.courses();
  const items = courses
    .map((course) => {
      const id = escapeHtml(course.id);
      const links = course.built
        ? `<a href="/${id}/site/">the course</a> · test LMS: <a href="/lms/${id}/scorm2004/">${versionLabel.scorm2004}</a>, <a href="/lms/${id}/scorm12/">${versionLabel.scorm12}</a> · download: <a href="/${id}/${id}-scorm12.zip">1.2 zip</a>, <a href="/${id}/${id}-scorm2004.zip">2004 zip</a>`
        : 'not built yet: see the problems';
      return `<li><strong>${escapeHtml(course.title)}</strong> (<code>${id}</code>): ${links}</li>`;
    })
    .join('\n');
  return page('copack preview', `<ul>\n${items || '<li>No courses yet.</li>'}\n</ul>\n<p>Pages here update by themselves when you save a course file.</p>`, content.status().build);
}

const notBuiltPage = (content: PreviewContent, what: string) =>
  page('Not built yet', `<p>${escapeHtml(what)} has not built yet. Fix the problems copack shows, and this page updates by itself.</p><p><a href="/">All courses</a></p>`, content.status().build);

export async function startPreviewServer(content: PreviewContent, options: { host: string; port: number }): Promise<PreviewServer> {
  const scormAgain = findScormAgain();
  const clients = new Set<ServerResponse>();
  const checkHost = isLoopbackHost(options.host);

  const unsubscribe = content.subscribe((status) => {
    for (const client of clients) client.write(`event: status\ndata: ${JSON.stringify(status)}\n\n`);
  });
  // Proxies and browsers close a silent stream; a comment line every 15 s keeps it open.
  const heartbeat = setInterval(() => {
    for (const client of clients) client.write(': ping\n\n');
  }, 15_000);
  heartbeat.unref();

  const notFound = (request: IncomingMessage, response: ServerResponse) => {
    // A page asked for by the browser gets a page, so the overlay and the reload still work.
    if ((request.headers.accept ?? '').includes('text/html')) send(request, response, 404, 'text/html; charset=utf-8', page('Not found', '<p>There is nothing here. <a href="/">All courses</a></p>', content.status().build));
    else send(request, response, 404, 'text/plain; charset=utf-8', 'Not found.\n');
  };

  const serveFile = (request: IncomingMessage, response: ServerResponse, file: string) => {
    const type = contentTypeOf(file);
    const bytes = readFileSync(file);
    send(request, response, 200, type, isHtml(file) ? injectLiveScript(bytes.toString('utf8'), content.status().build) : bytes);
  };

  const serveLms = (request: IncomingMessage, response: ServerResponse, rest: string[], directory: boolean, urlPath: string) => {
    const [courseId, version, area, ...inside] = rest;
    const course = content.courses().find((c) => c.id === courseId);
    if (!courseId || !course) return notFound(request, response);
    if (!version) return redirect(response, `/lms/${courseId}/scorm2004/`);
    if (!(scormVersions as readonly string[]).includes(version)) return notFound(request, response);
    const scorm = version as ScormVersion;
    if (area === undefined) {
      if (!directory) return redirect(response, `${urlPath}/`);
      if (!scormAgain) {
        return send(request, response, 500, 'text/html; charset=utf-8', page('The test LMS cannot start', '<p>It needs the <code>scorm-again</code> package, which is missing. Run <code>npm install</code> in your copack project.</p>', content.status().build));
      }
      const built = content.scormPackage(course.id, scorm);
      if (!built) return send(request, response, 503, 'text/html; charset=utf-8', notBuiltPage(content, `The ${versionLabel[scorm]} package of ${course.title}`));
      return send(request, response, 200, 'text/html; charset=utf-8', injectLiveScript(testLmsPage(course, scorm, built.launch), content.status().build));
    }
    if (area !== 'package') return notFound(request, response);
    const built = content.scormPackage(course.id, scorm);
    const name = directory ? [...inside, built?.launch ?? 'index.html'].join('/') : inside.join('/');
    const bytes = built?.entries.get(name);
    // The package as the LMS gets it: no live script inside (the host page relaunches it).
    if (!bytes) return notFound(request, response);
    send(request, response, 200, contentTypeOf(name), bytes);
  };

  const serveAsset = (request: IncomingMessage, response: ServerResponse, name: string) => {
    if (name === 'live.js') return send(request, response, 200, 'text/javascript; charset=utf-8', liveScript);
    if (name === 'lms/host.js') return send(request, response, 200, 'text/javascript; charset=utf-8', testLmsScript);
    if (name === 'lms/host.css') return send(request, response, 200, 'text/css; charset=utf-8', testLmsCss);
    const runtime = /^lms\/(scorm12|scorm2004)\.js$/.exec(name)?.[1] as ScormVersion | undefined;
    if (runtime && scormAgain) return send(request, response, 200, 'text/javascript; charset=utf-8', readFileSync(scormAgain[runtime]));
    if (name === 'status') return send(request, response, 200, 'application/json; charset=utf-8', JSON.stringify(content.status()));
    notFound(request, response);
  };

  const openEvents = (request: IncomingMessage, response: ServerResponse) => {
    response.writeHead(200, { ...baseHeaders, 'content-type': 'text/event-stream; charset=utf-8', connection: 'keep-alive' });
    response.write(`retry: 1000\n\nevent: status\ndata: ${JSON.stringify(content.status())}\n\n`);
    clients.add(response);
    request.on('close', () => clients.delete(response));
  };

  const server = createServer((request, response) => {
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { ...baseHeaders, allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
        return void response.end('Only GET and HEAD.\n');
      }
      // A page on another site could point a name of its own at 127.0.0.1 (DNS rebinding):
      // on loopback, only this computer's own names are served.
      const hostHeader = (request.headers.host ?? '').replace(/:\d+$/, '');
      if (checkHost && !isLoopbackHost(hostHeader)) return send(request, response, 403, 'text/plain; charset=utf-8', 'This preview only answers to 127.0.0.1 and localhost.\n');
      const target = request.url ?? '/';
      const parsed = parseRequestPath(target);
      if (!parsed.ok) return send(request, response, parsed.status, 'text/plain; charset=utf-8', `${parsed.status === 400 ? 'Bad request' : 'Not found'}: ${parsed.reason}.\n`);
      const { segments, directory } = parsed;
      const urlPath = `/${segments.map(encodeURIComponent).join('/')}`;
      if (target.split('?')[0] === eventsPath) return openEvents(request, response);
      if (segments[0] === '__copack') return serveAsset(request, response, segments.slice(1).join('/'));
      if (segments.length === 0) return send(request, response, 200, 'text/html; charset=utf-8', homePage(content));
      if (segments[0] === 'lms') return serveLms(request, response, segments.slice(1), directory, urlPath);
      const found = findFile(content.outDir, parsed, urlPath);
      if ('file' in found) return serveFile(request, response, found.file);
      if ('redirect' in found) return redirect(response, found.redirect);
      // A course's site that has not built yet: a page that updates when it does.
      const course = content.courses().find((c) => c.id === segments[0]);
      if (course && !course.built && segments[1] === 'site' && (directory || segments.at(-1) === 'index.html')) {
        return send(request, response, 503, 'text/html; charset=utf-8', notBuiltPage(content, course.title));
      }
      notFound(request, response);
    } catch (error) {
      if (!response.headersSent) send(request, response, 500, 'text/plain; charset=utf-8', `copack preview failed: ${(error as Error).message}\n`);
      else response.destroy();
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    origin: `http://${shownHost}:${address.port}`,
    port: address.port,
    close: async () => {
      unsubscribe();
      clearInterval(heartbeat);
      for (const client of clients) client.end();
      clients.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(302, { ...baseHeaders, location, 'content-type': 'text/plain; charset=utf-8' });
  response.end(`See ${location}\n`);
}
