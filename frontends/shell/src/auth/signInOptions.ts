import { dutchPart, SignInError } from './devSignIn.js';

export interface NamedOption {
  id: string;
  name: string;
}

export interface AuditorOption extends NamedOption {
  team: string | null;
  userId: string;
}

/** The lists the development sign-in form chooses from (GET {gateway}/auth/dev-sign-in/options). */
export interface SignInOptions {
  trainingCentres: NamedOption[];
  partnerships: NamedOption[];
  companies: NamedOption[];
  auditors: AuditorOption[];
}

function namedList(value: unknown): NamedOption[] {
  if (!Array.isArray(value)) throw new SignInError('De keuzelijsten voor het aanmelden zijn onvolledig.');
  return value.filter(
    (item): item is NamedOption => typeof item === 'object' && item !== null && typeof item.id === 'string' && typeof item.name === 'string',
  );
}

export function parseSignInOptions(json: unknown): SignInOptions {
  const body = (json ?? {}) as Record<string, unknown>;
  const auditors = namedList(body['auditors']).filter(
    (auditor): auditor is AuditorOption => typeof (auditor as Partial<AuditorOption>).userId === 'string',
  );
  return {
    trainingCentres: namedList(body['trainingCentres']),
    partnerships: namedList(body['partnerships']),
    companies: namedList(body['companies']),
    auditors: auditors.map(({ id, name, team, userId }) => ({ id, name, team: typeof team === 'string' ? team : null, userId })),
  };
}

/** Loads the sign-in form's lists; rejects with a Dutch SignInError. */
export async function loadSignInOptions(gatewayUrl: string, fetchImpl: typeof fetch = fetch): Promise<SignInOptions> {
  let response: Response;
  try {
    response = await fetchImpl(`${gatewayUrl}/auth/dev-sign-in/options`, { headers: { Accept: 'application/json' } });
  } catch {
    throw new SignInError('De aanmeldservice is niet bereikbaar. Probeer het later opnieuw.');
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw new SignInError(dutchPart(json) ?? `De keuzelijsten konden niet worden geladen (HTTP ${response.status}).`);
  return parseSignInOptions(json);
}
