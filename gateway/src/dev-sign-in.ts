import type { ApolloServer } from '@apollo/server';
import { Router, json, type Request, type Response } from 'express';
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

/** What the gateway runs as itself: ApolloServer in the gateway, a stand-in in tests. */
export type OperationRunner = Pick<ApolloServer<GatewayContext>, 'executeOperation'>;

/**
 * POST /auth/dev-sign-in { role, name?, centreId? | partnershipId? | companyId?, userId? } → { token, user }. Stands in for
 * the agency's identity provider in development: it trusts the chosen role, so it is off in production. A user bound
 * to an organisation must name one that exists.
 */
export function devSignIn(apollo: OperationRunner, secret: string) {
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

/** The choices the development sign-in form offers, read through the graph. */
export interface DevSignInOptions {
  trainingCentres: { id: string; name: string }[];
  partnerships: { id: string; name: string }[];
  /** The first 100 companies by name: enough to try the platform as a company user. */
  companies: { id: string; name: string }[];
  /** Active auditors who have a user id, so an inspector can sign in as the seeded person and find their audits. */
  auditors: { id: string; name: string; team: string | null; userId: string }[];
}

/**
 * Asked as agency staff: companies and the auditors' `userId` are visible to agency staff only, and the form is
 * shown before anyone has signed in.
 */
const OPTIONS_QUERY = `query DevSignInOptions {
  trainingCentres { id name }
  partnerships { id name }
  companies(sort: NAME, page: { first: 100 }) { nodes { id name } }
  auditors(active: true) { id name team userId }
}`;

interface OptionsData {
  trainingCentres: { id: string; name: string }[];
  partnerships: { id: string; name: string }[];
  companies: { nodes: { id: string; name: string }[] };
  auditors: { id: string; name: string; team: string | null; userId: string | null }[];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nl-BE');

/** GET /auth/dev-sign-in/options → DevSignInOptions. Off in production, like the sign-in itself. */
export function devSignInOptions(apollo: OperationRunner) {
  return async (_req: Request, res: Response) => {
    try {
      const result = await apollo.executeOperation<OptionsData>({ query: OPTIONS_QUERY }, { contextValue: { user: gatewayItself } });
      const single = result.body.kind === 'single' ? result.body.singleResult : undefined;
      if (!single?.data || single.errors?.length) {
        console.error('[gateway] development sign-in options failed', single?.errors);
        res.status(502).json({ error: { code: 'BAD_GATEWAY', message: 'De keuzelijsten konden niet worden geladen / Sign-in options unavailable' } });
        return;
      }
      const data = single.data;
      const options: DevSignInOptions = {
        trainingCentres: [...data.trainingCentres].sort(byName),
        partnerships: [...data.partnerships].sort(byName),
        companies: data.companies.nodes,
        auditors: data.auditors
          .filter((auditor): auditor is OptionsData['auditors'][number] & { userId: string } => typeof auditor.userId === 'string' && auditor.userId !== '')
          .sort(byName),
      };
      // The lists change rarely, but a stale list only costs a refused sign-in: keep browsers from caching long.
      res.set('Cache-Control', 'no-store').json(options);
    } catch (error) {
      console.error('[gateway] development sign-in options failed', error);
      res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Interne fout / Internal error' } });
    }
  };
}

/**
 * Both development sign-in routes, to mount at /auth/dev-sign-in only outside production:
 * `app.use('/auth/dev-sign-in', devSignInRoutes(apollo, userSecret))`.
 */
export function devSignInRoutes(apollo: OperationRunner, secret: string): Router {
  const router = Router();
  router.post('/', json({ limit: '10kb' }), devSignIn(apollo, secret));
  router.get('/options', devSignInOptions(apollo));
  return router;
}
