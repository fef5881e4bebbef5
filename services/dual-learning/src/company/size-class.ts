import { CompanySizeClass } from '../generated/prisma/enums.js';

/** The KBO/RSZ employment size class (Tabel 14/20) of a headcount; UNKNOWN when not known. */
export function sizeClassOf(employees: number | null | undefined): CompanySizeClass {
  if (employees === null || employees === undefined || !Number.isInteger(employees) || employees < 0) return CompanySizeClass.UNKNOWN;
  const classes: [number, CompanySizeClass][] = [
    [0, CompanySizeClass.SIZE_0],
    [4, CompanySizeClass.SIZE_1_4],
    [9, CompanySizeClass.SIZE_5_9],
    [19, CompanySizeClass.SIZE_10_19],
    [49, CompanySizeClass.SIZE_20_49],
    [99, CompanySizeClass.SIZE_50_99],
    [199, CompanySizeClass.SIZE_100_199],
    [499, CompanySizeClass.SIZE_200_499],
    [999, CompanySizeClass.SIZE_500_999],
  ];
  return classes.find(([upTo]) => employees <= upTo)?.[1] ?? CompanySizeClass.SIZE_1000_PLUS;
}
