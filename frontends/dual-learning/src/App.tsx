import { AreaLink, AreaRouter, useArea, useHeadingFocus, type RemoteAppProps, type User } from '@werkplek/frontend-kit';
import { ApplicationInbox } from './applications/ApplicationInbox.js';
import { ApplicationDetail } from './applications/ApplicationDetail.js';
import { RecognitionList } from './recognitions/RecognitionList.js';
import { RecognitionDetail } from './recognitions/RecognitionDetail.js';
import { AgreementList } from './agreements/AgreementList.js';
import { AgreementDetail } from './agreements/AgreementDetail.js';
import { RegisterAgreementForm } from './agreements/RegisterAgreementForm.js';
import { GuidancePage } from './guidance/GuidancePage.js';
import { ComplaintList } from './complaints/ComplaintList.js';
import { ComplaintDetail } from './complaints/ComplaintDetail.js';
import { AppealList } from './appeals/AppealList.js';
import { AppealDetail } from './appeals/AppealDetail.js';
import { RevocationProposals } from './revocations/RevocationProposals.js';
import { WorkplaceList } from './workplaces/WorkplaceList.js';
import { CompanyDetail } from './companies/CompanyDetail.js';
import './dual-learning.css';

/** Where the shell mounts this area; the standalone page uses the same path, so deep links are identical. */
export const AREA_PATH = '/duaal-leren';

/**
 * What the shell passes (RemoteAppProps). Both optional for component tests: without a user every step the record's
 * state allows is offered and the API refuses what the role may not do.
 */
export type DualLearningAppProps = Partial<RemoteAppProps>;

const sections = [
  { path: 'aanvragen', label: 'Aanvragen' },
  { path: 'erkenningen', label: 'Erkenningen' },
  { path: 'overeenkomsten', label: 'Overeenkomsten' },
  { path: 'werkplekken', label: 'Werkplekken en begeleiding' },
  { path: 'klachten', label: 'Klachten' },
  { path: 'beroepen', label: 'Beroepen' },
  { path: 'opheffingsvoorstellen', label: 'Voorstellen van de inspectie' },
] as const;

function SectionNavigation({ current }: { current: string }) {
  return (
    <nav aria-label="Duaal leren" className="wp-dl-nav">
      <ul>
        {sections.map((section) => (
          <li key={section.path}>
            <AreaLink to={section.path} aria-current={current === section.path ? 'page' : undefined}>
              {section.label}
            </AreaLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A list page: its h2 takes focus after in-area navigation. */
function ListPage({ title, children }: { title: string; children: React.ReactNode }) {
  const headingRef = useHeadingFocus();
  return (
    <>
      <h2 ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </>
  );
}

function Routes({ user }: { user: User | undefined }) {
  const { segments, search } = useArea();
  const [section = 'aanvragen', id] = segments;
  let page: React.ReactNode;
  switch (section) {
    case 'aanvragen':
      page = id ? <ApplicationDetail key={id} id={id} /> : <ListPage title="Erkenningsaanvragen"><ApplicationInbox /></ListPage>;
      break;
    case 'erkenningen':
      page = id ? <RecognitionDetail key={id} id={id} user={user} /> : <ListPage title="Erkenningen"><RecognitionList /></ListPage>;
      break;
    case 'overeenkomsten':
      if (id === 'nieuw') page = <RegisterAgreementForm recognitionId={search.get('erkenning')} />;
      else page = id ? <AgreementDetail key={id} id={id} created={search.get('nieuw') === '1'} user={user} /> : <ListPage title="Overeenkomsten"><AgreementList /></ListPage>;
      break;
    case 'werkplekken':
      page = id ? (
        <ListPage title="Begeleidingsacties"><GuidancePage key={id} initialWorkplaceId={id} /></ListPage>
      ) : (
        <>
          <ListPage title="Erkende werkplekken"><WorkplaceList /></ListPage>
          <h2>Begeleidingsacties</h2>
          <GuidancePage />
        </>
      );
      break;
    case 'klachten':
      page = id ? <ComplaintDetail key={id} id={id} user={user} /> : <ListPage title="Klachten en meldingen"><ComplaintList /></ListPage>;
      break;
    case 'beroepen':
      page = id ? <AppealDetail key={id} id={id} user={user} /> : <ListPage title="Beroepen"><AppealList /></ListPage>;
      break;
    case 'ondernemingen':
      // The shell links here from a company (routes.company); there is no company list in this area (yet).
      page = id ? (
        <CompanyDetail key={id} id={id} />
      ) : (
        <ListPage title="Ondernemingen">
          <p>
            Open een onderneming vanuit een werkplek of een erkenning. Ga naar de <AreaLink to="werkplekken">werkplekken</AreaLink>.
          </p>
        </ListPage>
      );
      break;
    case 'opheffingsvoorstellen':
      page = <ListPage title="Voorstellen tot opheffing of uitsluiting"><RevocationProposals user={user} /></ListPage>;
      break;
    default:
      page = (
        <ListPage title="Pagina niet gevonden">
          <p>
            Deze pagina bestaat niet in duaal leren. Ga naar de <AreaLink to="aanvragen">aanvragen</AreaLink>.
          </p>
        </ListPage>
      );
  }
  return (
    <>
      <SectionNavigation current={section} />
      <div className="wp-dl-page">{page}</div>
    </>
  );
}

/**
 * The dual-learning area, rendered by the shell under /duaal-leren with the shell's ApolloProvider (shared
 * @apollo/client singleton). Sub-pages route on the URL below that path.
 */
export default function DualLearningApp({ user, basePath = AREA_PATH }: DualLearningAppProps = {}) {
  return (
    <section className="wp-dual-learning" aria-label="Duaal leren">
      <AreaRouter basePath={basePath}>
        <Routes user={user} />
      </AreaRouter>
    </section>
  );
}
