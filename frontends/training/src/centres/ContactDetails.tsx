import type { TrainingCentreRow } from './trainingCentres.query.js';

/** E-mail and phone as links, so they work with one tap or click; a dash when neither is known. */
export function ContactDetails({ centre }: { centre: TrainingCentreRow }) {
  if (!centre.email && !centre.phone) return <span>Niet gekend</span>;
  return (
    <ul className="wp-training__contact">
      {centre.email && (
        <li>
          <a href={`mailto:${centre.email}`}>{centre.email}</a>
        </li>
      )}
      {centre.phone && (
        <li>
          <a href={`tel:${centre.phone.replace(/[^+\d]/g, '')}`}>{centre.phone}</a>
        </li>
      )}
    </ul>
  );
}
