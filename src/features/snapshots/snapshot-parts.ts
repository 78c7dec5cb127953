// Everything the header's Export and Import do once used, in one chunk loaded on approach
// (use-snapshot-parts.ts): the first screen carries only the buttons and the drop listener.
export { ExportMenu } from './export-menu';
export { ImportSession } from './import-session';
export { PrintView } from './print-view';
