/** Foreign formats in: a credential's requirements become a rubric draft; a Word draft becomes a submission. */
export * from './evidence';
export * from './requirements';
export * from './word';
export * from './evidence';
