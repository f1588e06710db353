// Rules are evaluated with Ajv: whoever uses core through this index gets
// its compiler loaded (a page that must not imports single files).
import '../validation/create-ajv';

export { isNormalized, normalizeAnswers, type Answers } from './normalize';
export { pruneHidden } from './prune-hidden';
export { sectionOf, dotPathToPointer } from './sections';
export {
  sectionProgress,
  sectionProgressOfVisible,
  type SectionProgress,
} from './section-progress';
