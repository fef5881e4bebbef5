import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';

/**
 * The one ApolloClient of the page. Remotes reach it through the shell's ApolloProvider (shared @apollo/client
 * singleton). The token is read per request, so signing in or out needs no new client.
 */
export function createApolloClient(gatewayUrl: string, getToken: () => string | undefined): ApolloClient {
  const authLink = new SetContextLink((previousContext) => {
    const token = getToken();
    if (!token) return {};
    return { headers: { ...previousContext['headers'], Authorization: `Bearer ${token}` } };
  });
  return new ApolloClient({
    link: authLink.concat(new HttpLink({ uri: `${gatewayUrl}/graphql` })),
    cache: new InMemoryCache(),
  });
}
