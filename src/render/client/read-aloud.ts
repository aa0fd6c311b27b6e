/** Listen buttons use the browser's own speech; where there is none they stay hidden. */
export function setUpReadAloud(lang: string): void {
  if (!('speechSynthesis' in window) || typeof SpeechSynthesisUtterance !== 'function') return;
  for (const button of Array.prototype.slice.call(document.querySelectorAll('.read-aloud')) as HTMLElement[]) button.hidden = false;
  document.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('.read-aloud');
    if (!button) return;
    const screen = button.closest('[data-screen]');
    const text =
      button.classList.contains('read-page') && screen
        ? (Array.prototype.map.call(screen.querySelectorAll('h1, .point-text, .choice-text'), (el: Element) => el.textContent) as string[]).join('. ')
        : button.getAttribute('data-speak') || '';
    window.speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = lang;
    utterance.rate = 0.9;
    window.speechSynthesis.speak(utterance);
  });
}
