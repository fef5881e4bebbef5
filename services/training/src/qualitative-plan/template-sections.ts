/**
 * The sections (rubrieken) of the agency's template for the qualitative annual plan, following the headings of the
 * recognition and financing decree of the Syntra (§2.12 B), including target groups and language & learning coaching.
 * The source names doelgroepen, taal- en leercoaching and the innovation strategy; the other headings are plausible
 * headings of that decree and to be confirmed with regie ondernemersvorming. `required` sections must have at least one
 * item before the plan can be submitted.
 */
export const qualitativePlanSections = [
  { code: 'DOELGROEPENBELEID', name: 'Doelgroepenbeleid', english: 'Target-group policy', required: true },
  { code: 'TAAL_EN_LEERCOACHING', name: 'Taal- en leercoaching', english: 'Language and learning coaching', required: true },
  { code: 'INNOVATIESTRATEGIE', name: 'Innovatiestrategie', english: 'Innovation strategy', required: false },
  { code: 'KWALITEITSZORG', name: 'Kwaliteitszorg', english: 'Quality assurance (Q-decree)', required: true },
  { code: 'WERKPLEKLEREN', name: 'Werkplekleren', english: 'Workplace learning', required: false },
  { code: 'PARTNERSCHAPPEN', name: 'Partnerschappen en samenwerking', english: 'Partnerships and cooperation', required: false },
  { code: 'PERSONEELSBELEID', name: 'Personeels- en lesgeversbeleid', english: 'Staff and teacher policy', required: false },
  { code: 'INFRASTRUCTUUR', name: 'Infrastructuur en lesplaatsen', english: 'Infrastructure and teaching locations', required: false },
] as const;

export type QualitativePlanSectionCode = (typeof qualitativePlanSections)[number]['code'];

export const sectionCodes: readonly string[] = qualitativePlanSections.map((section) => section.code);
