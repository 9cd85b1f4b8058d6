export * from './catalogue';
export * from './wording';
export { shareMessages } from './shared';
