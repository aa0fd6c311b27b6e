/** Glossary words are buttons: each opens the word's meaning and picture from the word list. */
export function setUpGlossary(): void {
  const dialog = document.getElementById('glossary-dialog') as HTMLDialogElement | null;
  if (!dialog) return;
  let opener: HTMLElement | null = null;
  document.addEventListener('click', (event) => {
    const term = (event.target as Element).closest<HTMLElement>('button.term');
    const entry = term ? document.getElementById(term.getAttribute('data-term') || '') : null;
    if (!term || !entry) return;
    const title = dialog.querySelector('.dialog-term');
    const body = dialog.querySelector('.dialog-body');
    if (title) title.textContent = entry.querySelector('.glossary-term')?.textContent ?? term.textContent;
    if (body) {
      body.textContent = '';
      const picture = entry.querySelector('.point-picture');
      if (picture) body.appendChild(picture.cloneNode(true));
      const meaning = document.createElement('p');
      meaning.className = 'dialog-meaning';
      meaning.textContent = entry.querySelector('.glossary-meaning')?.textContent ?? '';
      body.appendChild(meaning);
    }
    opener = term;
    dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-close]')?.focus();
  });
  dialog.addEventListener('click', (event) => {
    if ((event.target as Element).closest('[data-close]') || event.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => {
    opener?.focus();
    opener = null;
  });
}
