import type { ApolloServer } from '@apollo/server';
import type { Request, Response } from 'express';
import { issueUserToken, parseSignInRequest, Role, SignInError } from '@werkplek/auth';
import type { GatewayContext } from './context.js';

const CENTRE = 'query DevSignInCentre($id: ID!) { trainingCentre(id: $id) { id name } }';

/**
 * POST /auth/dev-sign-in { role, name?, centreId? } → { token, user }. Stands in for the agency's identity provider
 * in development: it trusts the chosen role, so it is off in production. A centre user is bound to a centre that
 * exists, checked through the graph itself.
 */
export function devSignIn(apollo: ApolloServer<GatewayContext>, secret: string) {
  return async (req: Request, res: Response) => {
    try {
      const user = parseSignInRequest(req.body);
      if (user.role === Role.CentreUser) {
        const result = await apollo.executeOperation(
          { query: CENTRE, variables: { id: user.centreId } },
          { contextValue: { user: null } },
        );
        const found = result.body.kind === 'single' && result.body.singleResult.data?.trainingCentre;
        if (!found) throw new SignInError('Onbekend opleidingscentrum / Unknown training centre');
      }
      res.json({ token: await issueUserToken(user, { secret }), user });
    } catch (error) {
      if (error instanceof SignInError) {
        res.status(400).json({ error: { code: error.code, message: error.message } });
        return;
      }
      console.error('[gateway] development sign-in failed', error);
      res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Aanmelden mislukt / Sign-in failed' } });
    }
  };
}
