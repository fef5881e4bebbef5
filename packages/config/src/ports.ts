/** The subgraphs of the platform, by the name used in package names, database names and environment variables. */
export const serviceNames = ['dual-learning', 'training', 'inspection'] as const;
export type ServiceName = (typeof serviceNames)[number];

/** Default ports on one machine; each can be overridden with `<NAME>_PORT` (see README). */
export const servicePorts: Record<ServiceName | 'gateway', number> = {
  gateway: 4000,
  'dual-learning': 4001,
  training: 4002,
  inspection: 4003,
};

export const frontendPorts = {
  shell: 3000,
  'dual-learning': 3001,
  training: 3002,
  inspection: 3003,
} as const;
