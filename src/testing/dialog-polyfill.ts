/*
 * jsdom has the <dialog> element but not showModal() or close(). This gives component tests
 * just enough of both (the open attribute and the close event); focus trapping and the inert
 * background are the browser's, and the Playwright journeys cover them.
 */
const proto = HTMLDialogElement.prototype;

if (!('showModal' in proto) || typeof proto.showModal !== 'function') {
  proto.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}
