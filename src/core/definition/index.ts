export * from './types';
export { checkDefinition, checkFormDefinition } from './check-definition';
export {
  definitionPaths,
  readDefinitionFiles,
  type DefinitionFiles,
} from './definition-files';
export { parseDefinition } from './parse-definition';
export { FORM_ID, VERSION, schemaIdFor } from './names';
export { pointerSegments, schemaAtDataPointer, toPointer } from './schema-path';
