import { setCopy } from './path-copy';

export default setCopy;
