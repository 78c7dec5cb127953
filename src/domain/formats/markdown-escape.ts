/*
 * Card text pasted into Markdown must read as the person wrote it, never as formatting, a link,
 * an image or HTML. CommonMark lets a backslash escape any ASCII punctuation, so:
 * - everywhere: \ ` * _ [ ] < > & ~ | $ # (emphasis, code, links and images, raw HTML and
 *   autolinks, entities, GFM strikethrough and tables, maths, closing heading marks);
 * - at the start of a line: - + = > and "1." / "1)" (lists, setext underlines, quotes).
 * Leading spaces are dropped so a line can never become indented code. A bare URL may still be
 * linked by a GFM renderer; it shows its own address, so nothing is hidden behind it.
 */

const INLINE_SPECIAL = /[\\`*_[\]<>&~|$#]/g;
const BLOCK_START = /^([-+=>])/;
const ORDERED_LIST_START = /^(\d+)([.)])/;

/** One line of user text, safe to place anywhere inside a Markdown line; breaks become spaces. */
export function escapeMarkdownLine(line: string): string {
  return line
    .replace(/[\r\n]+/g, ' ')
    .trimStart()
    .replace(INLINE_SPECIAL, '\\$&')
    .replace(BLOCK_START, '\\$1')
    .replace(ORDERED_LIST_START, '$1\\$2')
    .trimEnd();
}

/** User text of any number of lines, each escaped; blank lines kept. */
export function escapeMarkdownLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map(escapeMarkdownLine);
}
