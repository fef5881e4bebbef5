export { servicePorts, frontendPorts, type ServiceName, serviceNames } from './ports.js';
export { readPort, readOptional, readSecret, isProduction } from './environment.js';
export { demoReferences, demoPartnershipId, stableDemoId } from './demo-references.js';
export { stopOnSignals } from './shutdown.js';
