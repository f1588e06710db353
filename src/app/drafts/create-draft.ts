// The home page imports this name; the function lives in new-draft.ts.
export { createDraftAndOpen } from './new-draft';
