import { readOptional, servicePorts, serviceNames, type ServiceName } from '@werkplek/config';

/** Where each subgraph listens: `<NAME>_URL` (its /graphql endpoint), else localhost on its default port. */
export function subgraphUrl(name: ServiceName, env = process.env): string {
  const variable = `${name.toUpperCase().replace(/-/g, '_')}_URL`;
  return readOptional(variable, env) ?? `http://127.0.0.1:${servicePorts[name]}/graphql`;
}

export function subgraphUrls(env = process.env): Record<ServiceName, string> {
  return Object.fromEntries(serviceNames.map((name) => [name, subgraphUrl(name, env)])) as Record<ServiceName, string>;
}
