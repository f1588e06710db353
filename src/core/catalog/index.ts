export { createCatalogCache, scanCatalog } from './scan-catalog';
export { loadDefinition } from './load-definition';
export { createHttpFormsSource } from './http-forms-source';
export { newestFirst, orderVersions } from './compare-versions';
