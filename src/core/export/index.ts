/** Export of one's own data: the document, its readable page, and the kinds' names. */
export { buildExport, importableItems, KIND_TITLES, NOT_EXPORTED_KINDS, parseExport, remapState, type ExportableItem, type ExportDocument } from './export.js';
export { exportHtml, type ExportHtmlOptions } from './export-html.js';
export { plainFields, type ExportPresenter, type ReadableField } from './readable.js';
