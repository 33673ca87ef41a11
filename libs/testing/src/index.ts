export { dropNamespace } from './namespace-cleanup.ts';
export { servicesUp } from './services.ts';
export { namespaceEnv, namespaceFor, newTestNamespace, type TestNamespace } from './test-namespace.ts';
export { ownNamespace } from './own-namespace.ts';
