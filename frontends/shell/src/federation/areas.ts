import { paths } from '../routing/routes.js';

/** A part of the platform delivered by a remote micro-frontend. */
export interface Area {
  /** Module Federation name of the remote, also its key in config.json's `remotes`. */
  remoteName: string;
  path: string;
  title: string;
  description: string;
}

export const areas: readonly Area[] = [
  {
    remoteName: 'dualLearning',
    path: paths.dualLearning,
    title: 'Duaal leren',
    description: 'Erkenningsaanvragen, erkende werkplekken, overeenkomsten, begeleiding, klachten en beroepen.',
  },
  {
    remoteName: 'training',
    path: paths.training,
    title: 'Ondernemersvorming',
    description: 'Jaaractieplannen, trajecten, cursussen, attesten en indicatoren van de opleidingscentra.',
  },
  {
    remoteName: 'inspection',
    path: paths.inspection,
    title: 'Toezicht en inspectie',
    description: 'Jaarplanning, doorlichtingen, vaststellingen, aanbevelingen en hun opvolging.',
  },
];

export function areaForRemote(remoteName: string | undefined): Area | undefined {
  return areas.find((area) => area.remoteName === remoteName);
}

/** The Dutch message shown in an area whose remote cannot be loaded. */
export function unavailableMessage(area: Pick<Area, 'title'>): string {
  return `De module ${area.title} is momenteel niet beschikbaar. Probeer het later opnieuw.`;
}
