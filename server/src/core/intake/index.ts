/** Foreign formats in: a credential's requirements become a rubric draft. Imports rubric. */
export * from './requirements';
