export { isNormalized, normalizeAnswers, type Answers } from './normalize';
export { pruneHidden } from './prune-hidden';
export { sectionOf, dotPathToPointer } from './sections';
export {
  sectionProgress,
  sectionProgressOfVisible,
  type SectionProgress,
} from './section-progress';
