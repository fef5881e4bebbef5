type Env = Record<string, string | undefined>;

export function isProduction(env: Env = process.env): boolean {
  return env.NODE_ENV === 'production';
}

export function readOptional(name: string, env: Env = process.env): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/** A TCP port from the environment, or the default; a malformed value stops start-up instead of binding elsewhere. */
export function readPort(name: string, fallback: number, env: Env = process.env): number {
  const raw = readOptional(name, env);
  if (raw === undefined) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${name} must be a port number between 0 and 65535, got "${raw}"`);
  }
  return port;
}

/**
 * A signing secret. Development gets a fixed, clearly marked default so that the platform starts with no
 * configuration; production refuses to start without a real secret of at least 32 characters (not the default).
 */
export function readSecret(name: string, developmentDefault: string, env: Env = process.env): string {
  const value = readOptional(name, env);
  if (value !== undefined) {
    if (value.length < 32) throw new Error(`${name} must be at least 32 characters long`);
    // The development default is in the repository, so it is no secret: copying it into production is refused too.
    if (isProduction(env) && value === developmentDefault) throw new Error(`${name} is the development default; set a real secret when NODE_ENV=production`);
    return value;
  }
  if (isProduction(env)) throw new Error(`${name} must be set when NODE_ENV=production`);
  return developmentDefault;
}
