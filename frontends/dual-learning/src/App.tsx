import { AreaLink, AreaRouter, useAreaRouter } from './routing/router.js';
import { ApplicationInbox } from './applications/ApplicationInbox.js';
import { ApplicationDetail } from './applications/ApplicationDetail.js';
import { RecognitionList } from './recognitions/RecognitionList.js';
import { RecognitionDetail } from './recognitions/RecognitionDetail.js';
import { AgreementList } from './agreements/AgreementList.js';
import { AgreementDetail } from './agreements/AgreementDetail.js';
import { RegisterAgreementForm } from './agreements/RegisterAgreementForm.js';
import { GuidancePage } from './guidance/GuidancePage.js';
import { ComplaintList } from './complaints/ComplaintList.js';
import { AppealList } from './appeals/AppealList.js';
import { RevocationProposals } from './revocations/RevocationProposals.js';
import { WorkplaceList } from './workplaces/WorkplaceList.js';
import { useFocusHeading } from './shared/useFocusHeading.js';
import type { AppUser } from './shared/user.js';
import './dual-learning.css';

export type { AppUser } from './shared/user.js';

export interface DualLearningAppProps {
  /**
   * The signed-in user (the shell's SessionUser fits). Optional: without it every step the record's state allows is
   * offered and the API refuses what the role may not do.
   */
  user?: AppUser;
}

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
  const headingRef = useFocusHeading(title);
  return (
    <>
      <h2 ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </>
  );
}

function Routes({ user }: { user: AppUser | undefined }) {
  const { location } = useAreaRouter();
  const [section = 'aanvragen', id] = location.segments;
  let page: React.ReactNode;
  switch (section) {
    case 'aanvragen':
      page = id ? <ApplicationDetail key={id} id={id} user={user} /> : <ListPage title="Erkenningsaanvragen"><ApplicationInbox /></ListPage>;
      break;
    case 'erkenningen':
      page = id ? <RecognitionDetail key={id} id={id} user={user} /> : <ListPage title="Erkenningen"><RecognitionList /></ListPage>;
      break;
    case 'overeenkomsten':
      if (id === 'nieuw') page = <RegisterAgreementForm recognitionId={location.search.get('erkenning')} />;
      else page = id ? <AgreementDetail key={id} id={id} created={location.search.get('nieuw') === '1'} /> : <ListPage title="Overeenkomsten"><AgreementList /></ListPage>;
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
      page = <ListPage title="Klachten en meldingen"><ComplaintList /></ListPage>;
      break;
    case 'beroepen':
      page = <ListPage title="Beroepen"><AppealList /></ListPage>;
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
export default function DualLearningApp({ user }: DualLearningAppProps = {}) {
  return (
    <section className="wp-dual-learning" aria-label="Duaal leren">
      <AreaRouter>
        <Routes user={user} />
      </AreaRouter>
    </section>
  );
}
