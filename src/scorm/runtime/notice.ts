/**
 * A gentle message when the LMS keeps refusing to save, so the learner knows to keep the
 * page open rather than losing their work without warning.
 */
export function showSaveTrouble(): void {
  if (document.getElementById('copack-save-notice')) return;
  const notice = document.createElement('div');
  notice.id = 'copack-save-notice';
  notice.className = 'save-notice';
  notice.setAttribute('role', 'status');
  notice.textContent = 'We could not save your progress just now. Please keep this page open. Ask your trainer for help if this keeps happening.';
  document.body.insertBefore(notice, document.body.firstChild);
}

/** Saving works again: the message has done its job. */
export function clearSaveTrouble(): void {
  document.getElementById('copack-save-notice')?.remove();
}
