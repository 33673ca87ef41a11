export { identifyLanguage, type IdentifiedLanguage } from './identification/language-identifier.ts';
