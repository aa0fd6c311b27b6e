/**
 * The script `copack preview` adds to every page it serves (never to the files it built):
 * listens for builds on Server-Sent Events, reloads after a good one, and shows the problems
 * of a failed one over the page. Author text reaches the page only through `textContent`,
 * so nothing in a message or hint can become markup.
 */

/** Where the script is served, and the tag that loads it; `version` is the build the page came from. */
export const liveScriptPath = '/__copack/live.js';
export const eventsPath = '/__copack/events';

export const liveScriptTag = (version: number) => `<script src="${liveScriptPath}" data-copack-build="${version}"></script>`;

/** Adds the tag to an HTML page: at the end of `<head>`, or at the start when there is none. */
export function injectLiveScript(html: string, version: number): string {
  const tag = liveScriptTag(version);
  const head = /<\/head\s*>/i.exec(html);
  return head ? `${html.slice(0, head.index)}${tag}\n${html.slice(head.index)}` : `${tag}\n${html}`;
}

export const liveScript = String.raw`(function () {
  'use strict';
  var me = document.currentScript;
  var pageBuild = Number(me && me.getAttribute('data-copack-build')) || 0;
  var overlay = null;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function style(node, css) { node.setAttribute('style', css); return node; }

  function hideOverlay() {
    if (overlay && overlay.parentNode) overlay.parentNode.removeChild(overlay);
    overlay = null;
  }

  function showOverlay(status) {
    hideOverlay();
    overlay = style(el('div', 'copack-preview-overlay'),
      'position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(0,0,0,0.85);padding:24px;' +
      'font:18px/1.5 system-ui,sans-serif;color:#000;text-align:left');
    overlay.setAttribute('role', 'alertdialog');
    overlay.setAttribute('aria-modal', 'true');
    overlay.setAttribute('aria-labelledby', 'copack-preview-overlay-title');
    var box = style(el('div'), 'max-width:60em;margin:0 auto;background:#fff;border:4px solid #b00020;border-radius:8px;padding:24px');
    var title = style(el('h2', '', status.failure ? 'copack could not build the course' : 'The course did not build'), 'margin:0 0 8px;font-size:28px;color:#b00020');
    title.id = 'copack-preview-overlay-title';
    box.appendChild(title);
    box.appendChild(el('p', '', status.failure
      ? status.failure
      : 'Fix the problems below and save the file. This page updates by itself. It shows the last good build until then.'));
    var list = style(el('ol', 'copack-preview-problems'), 'padding-left:1.5em');
    (status.problems || []).forEach(function (problem) {
      var item = style(el('li', 'copack-preview-problem'), 'margin:12px 0');
      var where = style(el('code', 'copack-preview-where', problem.file + ':' + problem.line + ':' + problem.column), 'font-weight:bold;font-size:16px');
      item.appendChild(where);
      item.appendChild(document.createTextNode(' '));
      item.appendChild(style(el('code', 'copack-preview-code', problem.code), 'color:#444;font-size:16px'));
      item.appendChild(el('div', 'copack-preview-message', problem.message));
      if (problem.hint) item.appendChild(style(el('div', 'copack-preview-hint', 'Hint: ' + problem.hint), 'color:#333'));
      list.appendChild(item);
    });
    box.appendChild(list);
    if (status.more > 0) box.appendChild(el('p', '', 'And ' + status.more + ' more. Run copack build to see them all.'));
    var hide = style(el('button', '', 'Hide'), 'font:inherit;min-height:44px;min-width:44px;padding:4px 16px');
    hide.type = 'button';
    hide.addEventListener('click', hideOverlay);
    box.appendChild(hide);
    overlay.appendChild(box);
    (document.body || document.documentElement).appendChild(overlay);
    // A dialog takes the focus, so a keyboard or screen reader user meets it first.
    box.tabIndex = -1;
    box.focus({ preventScroll: true });
  }

  function onStatus(status) {
    if (status.building) return;
    if (status.errors > 0 || status.failure) { showOverlay(status); return; }
    hideOverlay();
    if (status.build > pageBuild) {
      pageBuild = status.build;
      if (typeof window.copackPreviewRebuilt === 'function') window.copackPreviewRebuilt(status);
      else location.reload();
    }
  }

  if (!window.EventSource) return;
  var source = new EventSource('${eventsPath}');
  source.addEventListener('status', function (event) {
    try { onStatus(JSON.parse(event.data)); } catch (error) { /* a bad message: wait for the next */ }
  });
  window.copackPreview = { source: source };
})();
`;
