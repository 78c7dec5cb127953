// PDF.js ships its parser module without types; the report worker only hands it back to PDF.js.
declare module 'pdfjs-dist/build/pdf.worker.min.mjs' {
  export const WorkerMessageHandler: unknown;
}
