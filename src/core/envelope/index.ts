export {
  envelopeSchema,
  ENVELOPE_VERSION,
  type Envelope,
} from './envelope-schema';
export {
  buildEnvelope,
  localTimestamp,
  type EnvelopeInput,
} from './build-envelope';
export { checkEnvelope, type EnvelopeProblem } from './check-envelope';
