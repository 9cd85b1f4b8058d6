export * from './catalogue';
export * from './wording';
