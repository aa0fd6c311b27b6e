import type { CallLog } from './call-log.js';

/**
 * The troubleshooting panel for LMS administrators: every API call, its values and the
 * error codes. Opened by adding `?copack-debug` to the launch address, or by pressing
 * Ctrl + Alt + Shift + D. It only reads; it changes nothing.
 */
export function setUpDebugPanel(log: CallLog, mode: string): void {
  const open = () => showPanel(log, mode);
  if (/[?&]copack-debug\b/.test(window.location.search)) window.setTimeout(open, 0);
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey && event.altKey && event.shiftKey && (event.key === 'D' || event.key === 'd')) open();
  });
}

function showPanel(log: CallLog, mode: string): void {
  let panel = document.getElementById('copack-debug') as HTMLDialogElement | null;
  if (!panel) {
    panel = document.createElement('dialog');
    panel.id = 'copack-debug';
    panel.className = 'debug-panel';
    panel.setAttribute('aria-labelledby', 'copack-debug-title');
    const title = document.createElement('h2');
    title.id = 'copack-debug-title';
    title.textContent = 'LMS connection';
    const body = document.createElement('pre');
    body.className = 'debug-log';
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'button';
    close.textContent = 'Close';
    close.addEventListener('click', () => panel?.close());
    panel.append(title, body, close);
    document.body.appendChild(panel);
  }
  const body = panel.querySelector('pre');
  if (body) {
    const lines = log.calls.map((c) => `${(c.at / 1000).toFixed(2)}s ${c.call}(${c.args.map((a) => JSON.stringify(a)).join(', ')}) → ${JSON.stringify(c.result)}${c.error ? ` error ${c.error}` : ''}`);
    body.textContent = [`Mode: ${mode}`, `Calls: ${log.calls.length}`, '', ...lines].join('\n');
  }
  if (!panel.open) panel.showModal();
}
