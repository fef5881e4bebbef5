// Types for platform.mjs (plain JS so that the start command needs nothing installed), for TypeScript callers.
export interface PlatformProcess {
  name: string;
  kind: 'subgraph' | 'gateway' | 'frontend';
  port: number;
}
export declare const processes: PlatformProcess[];
export interface RunningPlatform {
  urls: { shell: string; gateway: string; health: string };
  /** Each started process by name. */
  pids: Record<string, number | undefined>;
  stop(): Promise<void>;
}
export declare function startPlatform(options?: { dataDir?: string; env?: Record<string, string>; quiet?: boolean }): Promise<RunningPlatform>;
