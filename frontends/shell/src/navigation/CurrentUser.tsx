import { useState } from 'react';
import { Button } from '@werkplek/ui';
import { roleLabels } from '../auth/roles.js';
import type { SessionUser } from '../auth/session.js';

export interface CurrentUserProps {
  user: SessionUser;
  onSignOut: () => Promise<void>;
}

/** Who is signed in (name, role, organisation) and the sign-out button, in the header. */
export function CurrentUser({ user, onSignOut }: CurrentUserProps) {
  const [busy, setBusy] = useState(false);
  return (
    <>
      <p className="wp-shell__user">
        Aangemeld als <strong>{user.name}</strong>
        <span className="wp-shell__role">{roleLabels[user.role]}</span>
        {user.organisationName && <span className="wp-shell__organisation">{user.organisationName}</span>}
      </p>
      <Button
        variant="secondary"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void onSignOut().finally(() => setBusy(false));
        }}
      >
        Afmelden
      </Button>
    </>
  );
}
