import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { SNAPSHOT_PNG_KEYWORD, writePngText } from '../../domain/formats/png-text-chunk';

/**
 * A PNG of `picture`, drawn off-screen with html-to-image (loaded now, on first use), with the
 * snapshot's JSON in a text chunk: dropping the image on Recboard brings the board back.
 */
export async function pngWithSnapshot(picture: ReactElement, snapshotJson: string): Promise<Blob> {
  const host = document.createElement('div');
  // Off-screen but laid out: html-to-image draws what the browser has laid out.
  host.style.cssText = 'position:fixed;inset-inline-start:-100000px;inset-block-start:0;';
  document.body.append(host);
  const root = createRoot(host);
  try {
    flushSync(() => root.render(picture));
    const node = host.firstElementChild;
    if (!(node instanceof HTMLElement)) throw new Error('The picture did not render');
    const { toBlob } = await import('html-to-image');
    const blob = await toBlob(node, { backgroundColor: '#ffffff', pixelRatio: 1 });
    if (!blob) throw new Error('The picture could not be drawn');
    const png = writePngText(
      new Uint8Array(await blob.arrayBuffer()),
      SNAPSHOT_PNG_KEYWORD,
      snapshotJson,
    );
    return new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' });
  } finally {
    root.unmount();
    host.remove();
  }
}
