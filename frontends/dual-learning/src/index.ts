// Webpack needs an entry; the output that matters is remoteEntry.js + mf-manifest.json, which the shell loads.
// Nothing runs here on purpose: the remote renders only inside the shell, under the shell's ApolloProvider.
export {};
