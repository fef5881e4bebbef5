import type { ApolloServer } from '@apollo/server';
import type { Request, Response } from 'express';
import { bindingOf, issueUserToken, parseSignInRequest, Role, SignInError, type Binding, type User } from '@werkplek/auth';
import type { GatewayContext } from './context.js';

/** How to check that the organisation a user is bound to exists, through the graph itself. */
const lookups: Record<Binding, { query: string; field: string; nl: string; en: string }> = {
  centreId: {
    query: 'query DevSignInCentre($id: ID!) { trainingCentre(id: $id) { id } }',
    field: 'trainingCentre',
    nl: 'Onbekend opleidingscentrum',
    en: 'Unknown training centre',
  },
  partnershipId: {
    query: 'query DevSignInPartnership($id: ID!) { partnership(id: $id) { id } }',
    field: 'partnership',
    nl: 'Onbekend partnerschap',
    en: 'Unknown partnership',
  },
  companyId: {
    query: 'query DevSignInCompany($id: ID!) { company(id: $id) { id } }',
    field: 'company',
    nl: 'Onbekende onderneming',
    en: 'Unknown company',
  },
};

/** The gateway looks organisations up on its own behalf, as agency staff. */
const gatewayItself: User = { id: 'werkplek-gateway', name: 'Werkplek gateway', role: Role.AgencyStaff };

/**
 * POST /auth/dev-sign-in { role, name?, centreId? | partnershipId? | companyId? } → { token, user }. Stands in for
 * the agency's identity provider in development: it trusts the chosen role, so it is off in production. A user bound
 * to an organisation must name one that exists.
 */
export function devSignIn(apollo: ApolloServer<GatewayContext>, secret: string) {
  return async (req: Request, res: Response) => {
    try {
      const user = parseSignInRequest(req.body);
      const binding = bindingOf(user.role);
      if (binding) {
        const lookup = lookups[binding];
        const result = await apollo.executeOperation(
          { query: lookup.query, variables: { id: user[binding] } },
          { contextValue: { user: gatewayItself } },
        );
        const found = result.body.kind === 'single' && result.body.singleResult.data?.[lookup.field];
        if (!found) throw new SignInError(`${lookup.nl} / ${lookup.en}`);
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
