/** Foreign formats in: documents that become submissions. */
export * from './word';
