import { downloadBlob } from '../../lib/download';

/**
 * Saves the dashboard as it is laid out as a PNG (html-to-image, loaded on first use), on the
 * page's own background so light and dark both stay readable.
 */
export async function saveDashboardPng(node: HTMLElement, fileName: string): Promise<void> {
  const { toBlob } = await import('html-to-image');
  const background = getComputedStyle(document.body).backgroundColor || '#ffffff';
  const blob = await toBlob(node, { backgroundColor: background, pixelRatio: 1 });
  if (!blob) throw new Error('The image could not be drawn');
  downloadBlob(fileName, blob);
}
