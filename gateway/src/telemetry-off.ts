// Imported before @apollo/gateway: since 2.14 it reports anonymous telemetry unless this is set, and our machines
// have no route to the internet (nor should a public agency's gateway phone home).
process.env.APOLLO_TELEMETRY_DISABLED ??= '1';
export {};
