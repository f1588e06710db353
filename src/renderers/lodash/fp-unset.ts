import { unsetCopy } from './path-copy';

export default unsetCopy;
