import type { ComponentType } from 'react';
import type { User } from '@werkplek/auth/roles';
import type { Area } from '../federation/areas.js';
import { RemoteArea, type RemoteAppProps } from '../federation/RemoteArea.js';
import { usePageTitle } from './usePageTitle.js';

export interface AreaPageProps {
  area: Area;
  user: User;
  load: (area: Area) => Promise<{ default: ComponentType<RemoteAppProps> }>;
}

/** The shell owns the page heading; the remote renders its content below it (h2 and down). */
export function AreaPage({ area, user, load }: AreaPageProps) {
  usePageTitle(area.title);
  return (
    <>
      <h1>{area.title}</h1>
      <p>{area.description}</p>
      <div className="wp-shell__area" data-area={area.remoteName}>
        <RemoteArea area={area} user={user} load={load} />
      </div>
    </>
  );
}
