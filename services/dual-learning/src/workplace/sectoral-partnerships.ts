/**
 * The 16 sectoral partnerships (sectorale partnerschappen) active in 2017-2018 (annual report, Tabel 2), and the
 * Flemish Partnership (Vlaams Partnerschap Duaal Leren), which handles what no sectoral partnership covers (BR-06).
 * Until partnerships are modelled as data (issue #3), a workplace names its competent partnership from this list.
 */
export const competentPartnerships = [
  'Vlaams Partnerschap Duaal Leren',
  'SP Auto en aanverwante sectoren',
  'SP Bouw',
  'SP Chemie, Kunststoffen en Life sciences',
  'SP Elektriciens: installatie en distributie',
  'SP Groene Sectoren',
  'SP Haartooi, Fitness en schoonheidszorgen',
  'SP Horeca',
  'SP Houtsectoren',
  'SP Kleding en confectie',
  'SP Social Profit',
  'SP Textiel',
  'SP Transport en logistiek en afhandeling op luchthavens',
  'SP Textielverzorging',
  'SP Voedingsnijverheid',
  'SP Technologische industrie',
  'SP Lokale besturen',
] as const;
