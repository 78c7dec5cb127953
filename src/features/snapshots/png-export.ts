import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { SNAPSHOT_PNG_KEYWORD, writePngText } from '../../domain/formats/png-text-chunk';

/**
 * The computed styles the picture's look depends on (board-picture.module.css): html-to-image
 * copies only these onto each cloned element. By default it copies all ~350 of them, element
 * by element: 26 s for a 500-card board on the bench machine, against 4 s with this list.
 * (html-to-image keeps the first list it is given for the page's lifetime: always pass this.)
 */
const PICTURE_STYLE_PROPERTIES = [
  'display',
  'box-sizing',
  'width',
  'height',
  'flex-direction',
  'flex-wrap',
  'flex-grow',
  'flex-shrink',
  'flex-basis',
  'gap',
  'row-gap',
  'column-gap',
  'align-items',
  'grid-template-columns',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'border-top-style',
  'border-right-style',
  'border-bottom-style',
  'border-left-style',
  'border-top-color',
  'border-right-color',
  'border-bottom-color',
  'border-left-color',
  'border-top-left-radius',
  'border-top-right-radius',
  'border-bottom-right-radius',
  'border-bottom-left-radius',
  'background-color',
  'color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'text-align',
  'white-space',
  'overflow-wrap',
  'word-break',
  'direction',
];

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
    const blob = await toBlob(node, {
      backgroundColor: '#ffffff',
      pixelRatio: 1,
      includeStyleProperties: PICTURE_STYLE_PROPERTIES,
    });
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
