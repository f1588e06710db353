export * from './definition';
export * from './validation';
export * from './answers';
export * from './catalog';
export * from './envelope';
export * from './locale';
