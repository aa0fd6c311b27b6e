/**
 * The preview's test LMS: a page that runs a course's real SCORM package (unpacked from the
 * zip the build wrote) behind scorm-again, the SCORM runtime many LMSes' players are built
 * like, with a panel showing what the LMS records, live. The product version of the tests'
 * `tests/helpers/lms-host/`: no fault injection, but resume across rebuilds and "Start again".
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export const scormVersions = ['scorm2004', 'scorm12'] as const;
export type ScormVersion = (typeof scormVersions)[number];
export const versionLabel: Record<ScormVersion, string> = { scorm2004: 'SCORM 2004', scorm12: 'SCORM 1.2' };

/** The SCORM 1.2 limit on `cmi.suspend_data` (RTE 1.2 §3.4.4, CMIString4096). */
export const suspendDataLimit12 = 4096;

export const lmsAssetPath = '/__copack/lms/';

/**
 * scorm-again's browser builds, found through Node's resolution from copack itself (so a
 * trainer's project uses the copy installed with copack), or `undefined` if it is missing.
 */
export function findScormAgain(): Record<ScormVersion, string> | undefined {
  try {
    const require = createRequire(import.meta.url);
    const files = { scorm12: require.resolve('scorm-again/scorm12/min'), scorm2004: require.resolve('scorm-again/scorm2004/min') };
    return existsSync(files.scorm12) && existsSync(files.scorm2004) ? files : undefined;
  } catch {
    return undefined;
  }
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The host page for one course and version. `launch` is the package's launch page, from its manifest. */
export function testLmsPage(course: { id: string; title: string }, version: ScormVersion, launch: string): string {
  const other: ScormVersion = version === 'scorm2004' ? 'scorm12' : 'scorm2004';
  const title = `Test LMS: ${course.title} (${versionLabel[version]})`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${lmsAssetPath}host.css">
<script src="${lmsAssetPath}host.js" defer></script>
</head>
<body data-course="${escapeHtml(course.id)}" data-version="${version}" data-launch="package/${escapeHtml(launch)}" data-suspend-limit="${suspendDataLimit12}">
<header class="lms-header">
<h1>${escapeHtml(title)}</h1>
<p>This page acts like an LMS, so you can see what your LMS will record. Nothing leaves this computer.</p>
<nav class="lms-links" aria-label="Test LMS">
<a href="../${other}/">Use ${versionLabel[other]} instead</a>
<a href="/${escapeHtml(course.id)}/site/">Open the course without an LMS</a>
<a href="/">All courses</a>
<button type="button" id="lms-restart">Start again</button>
</nav>
</header>
<div class="lms-body">
<iframe id="lms-content" title="${escapeHtml(course.title)}"></iframe>
<aside class="lms-panel" aria-labelledby="lms-panel-title">
<h2 id="lms-panel-title">What the LMS records</h2>
<dl id="lms-data">
<dt>Completion</dt><dd data-field="completion">not started</dd>
<dt>Success</dt><dd data-field="success">unknown</dd>
<dt>Score</dt><dd data-field="score">none</dd>
<dt>Bookmark</dt><dd data-field="location">none</dd>
<dt>Saved progress</dt><dd data-field="suspend-data">0 of ${suspendDataLimit12.toLocaleString('en-GB')} characters</dd>
<dt>Answers recorded</dt><dd data-field="interactions">0</dd>
<dt>Time in this visit</dt><dd data-field="session-time">not sent yet</dd>
<dt>Session</dt><dd data-field="session">not started</dd>
</dl>
<meter id="lms-suspend-meter" min="0" max="${suspendDataLimit12}" low="${suspendDataLimit12 * 0.75}" high="${suspendDataLimit12 * 0.9}" optimum="0" value="0" aria-label="Saved progress, against the SCORM 1.2 limit"></meter>
<p class="lms-note">The SCORM 1.2 limit for saved progress is ${suspendDataLimit12.toLocaleString('en-GB')} characters. SCORM 2004 allows 64,000.</p>
<h3>Calls to the LMS</h3>
<ol id="lms-log" class="lms-log" reversed></ol>
</aside>
</div>
</body>
</html>
`;
}

export const testLmsCss = `
html { font: 18px/1.5 system-ui, sans-serif; color: #1b1b1b; background: #fff; }
body { margin: 0; }
.lms-header { padding: 8px 16px; border-bottom: 2px solid #1b1b1b; }
.lms-header h1 { font-size: 24px; margin: 0; }
.lms-header p { margin: 4px 0; }
.lms-links { display: flex; flex-wrap: wrap; gap: 8px 24px; align-items: center; }
.lms-links a { color: #0b3d91; }
.lms-links button { font: inherit; min-height: 44px; padding: 4px 16px; }
.lms-body { display: flex; flex-wrap: wrap; gap: 16px; padding: 16px; }
#lms-content { flex: 1 1 640px; min-height: 720px; border: 2px solid #1b1b1b; }
.lms-panel { flex: 0 1 360px; }
.lms-panel h2 { font-size: 20px; margin-top: 0; }
.lms-panel dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; margin: 0 0 8px; }
.lms-panel dt { font-weight: bold; }
.lms-panel dd { margin: 0; overflow-wrap: anywhere; }
.lms-panel meter { width: 100%; height: 24px; }
.lms-note { font-size: 16px; }
.lms-log { font: 14px/1.4 ui-monospace, monospace; max-height: 320px; overflow: auto; padding-left: 2.5em; }
.lms-log .error { color: #b00020; font-weight: bold; }
`;

/**
 * The host: loads one scorm-again runtime, installs it as `API` (1.2) or `API_1484_11` (2004),
 * records every call, and shows the data after each one. The data is kept in sessionStorage,
 * so a rebuild (or a reload) resumes the learner where they were, as an LMS would.
 */
export const testLmsScript = String.raw`(function () {
  'use strict';
  var body = document.body;
  var version = body.getAttribute('data-version');
  var launch = body.getAttribute('data-launch');
  var limit = Number(body.getAttribute('data-suspend-limit'));
  var storeKey = 'copack-test-lms:' + body.getAttribute('data-course') + ':' + version;
  var frame = document.getElementById('lms-content');
  var dialects = {
    scorm12: {
      global: 'API', create: function (s) { return new window.Scorm12API(s); },
      calls: ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'],
      quiet: ['LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'],
      terminate: 'LMSFinish', initialize: 'LMSInitialize', getLastError: 'LMSGetLastError',
      learner: { core: { student_id: 'preview-learner', student_name: 'Learner, Test' } },
      resume: function (api) { api.cmi.core.entry = 'resume'; },
      holder: function (cmi) { return cmi.core || {}; },
    },
    scorm2004: {
      global: 'API_1484_11', create: function (s) { return new window.Scorm2004API(s); },
      calls: ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'],
      quiet: ['GetLastError', 'GetErrorString', 'GetDiagnostic'],
      terminate: 'Terminate', initialize: 'Initialize', getLastError: 'GetLastError',
      learner: { learner_id: 'preview-learner', learner_name: 'Learner, Test' },
      resume: function (api) { api.cmi.entry = 'resume'; },
      holder: function (cmi) { return cmi; },
    },
  };
  var dialect = dialects[version];
  /** For scripts and tests: how many times the course was launched, the data, a relaunch. */
  var host = window.copackTestLms = { launches: 0 };
  var api = null;
  var session = 'not started';
  var log = [];

  function field(name, text) {
    var node = document.querySelector('[data-field="' + name + '"]');
    if (node && node.textContent !== text) node.textContent = text;
  }

  function stored() {
    try { return JSON.parse(JSON.stringify(api.renderCMIToJSONObject())).cmi || {}; } catch (error) { return {}; }
  }

  function count(collection) {
    return Object.keys(collection || {}).filter(function (key) { return /^\d+$/.test(key); }).length;
  }

  function render() {
    var cmi = stored();
    var core = dialect.holder(cmi);
    var score = core.score || {};
    if (version === 'scorm12') {
      field('completion', core.lesson_status || 'not attempted');
      field('success', core.lesson_status === 'passed' || core.lesson_status === 'failed' ? core.lesson_status : 'not reported (SCORM 1.2 has one status)');
      field('location', core.lesson_location || 'none');
      field('session-time', core.session_time && core.session_time !== '00:00:00' ? core.session_time : 'not sent yet');
    } else {
      field('completion', cmi.completion_status || 'unknown');
      field('success', cmi.success_status || 'unknown');
      field('location', cmi.location || 'none');
      field('session-time', cmi.session_time && cmi.session_time !== 'PT0H0M0S' ? cmi.session_time : 'not sent yet');
    }
    var scoreText = score.raw !== undefined && score.raw !== '' ? score.raw + ' out of ' + (score.max || '100') : 'none';
    if (score.scaled !== undefined && score.scaled !== '') scoreText += ' (scaled ' + score.scaled + ')';
    field('score', scoreText);
    var size = (cmi.suspend_data || '').length;
    field('suspend-data', size.toLocaleString('en-GB') + ' of ' + limit.toLocaleString('en-GB') + ' characters' + (size > limit ? ': too much for SCORM 1.2' : ''));
    document.getElementById('lms-suspend-meter').value = Math.min(size, limit);
    field('interactions', String(count(cmi.interactions)));
    field('session', session);
  }

  function note(call, args, result, error) {
    var list = document.getElementById('lms-log');
    var item = document.createElement('li');
    item.textContent = call + '(' + args.map(function (a) { a = String(a); return JSON.stringify(a.length > 60 ? a.slice(0, 60) + '…' : a); }).join(', ') + ') → ' + result + (error !== '0' ? ' [error ' + error + ']' : '');
    if (error !== '0') item.className = 'error';
    list.insertBefore(item, list.firstChild);
    while (list.children.length > 50) list.removeChild(list.lastChild);
  }

  function save() {
    try { sessionStorage.setItem(storeKey, JSON.stringify(stored())); } catch (error) { /* storage full or off: no resume */ }
  }

  /** The last session's data as an LMS hands it to the next one: without what a session reports about itself. */
  function carriedOver() {
    var text = null;
    try { text = sessionStorage.getItem(storeKey); } catch (error) { text = null; }
    if (!text) return null;
    var cmi = JSON.parse(text);
    var holder = dialect.holder(cmi);
    delete holder.exit;
    delete holder.session_time;
    delete holder.entry;
    delete holder.total_time;
    return cmi;
  }

  function wrap(real) {
    var wrapped = {};
    dialect.calls.forEach(function (name) {
      var original = real[name].bind(real);
      if (dialect.quiet.indexOf(name) >= 0) { wrapped[name] = original; return; }
      wrapped[name] = function () {
        var args = Array.prototype.slice.call(arguments);
        var result = original.apply(null, args);
        var error = String(real[dialect.getLastError]());
        if (name !== dialect.getLastError) note(name, args, String(result), error);
        if (name === dialect.initialize && String(result) === 'true') session = 'running';
        if (name === dialect.terminate && String(result) === 'true') session = 'finished';
        if (name !== 'GetValue' && name !== 'LMSGetValue') save();
        render();
        return result;
      };
    });
    return wrapped;
  }

  function start() {
    api = dialect.create({ autocommit: false, lmsCommitUrl: false, logLevel: 5, onLogMessage: function () {} });
    api.loadFromJSON(dialect.learner);
    var previous = carriedOver();
    if (previous) {
      api.loadFromJSON(previous);
      dialect.resume(api);
    }
    window[dialect.global] = wrap(api);
    host.launches += 1;
    session = 'starting';
    render();
    frame.src = launch;
  }

  /** Ends the content's visit (it terminates as on leaving an LMS), then starts a new one. */
  function relaunch(keep) {
    frame.addEventListener('load', function restart() {
      frame.removeEventListener('load', restart);
      if (!keep) { try { sessionStorage.removeItem(storeKey); } catch (error) { /* nothing kept */ } }
      var list = document.getElementById('lms-log');
      while (list.firstChild) list.removeChild(list.firstChild);
      start();
    });
    frame.src = 'about:blank';
  }

  window.copackPreviewRebuilt = function () { relaunch(true); };
  document.getElementById('lms-restart').addEventListener('click', function () { relaunch(false); });

  var script = document.createElement('script');
  script.src = '${lmsAssetPath}' + version + '.js';
  script.onload = start;
  script.onerror = function () { field('session', 'could not load the SCORM runtime'); };
  document.head.appendChild(script);
  host.stored = stored;
  host.relaunch = relaunch;
})();
`;
