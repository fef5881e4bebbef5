// The plumbing every remote shares: routing below the area's path, cursor paging, dates in Brussels, form
// submission, the current user. Stateless modules: each remote bundles its own copy (see the README). The standalone
// development page is a separate entry, "@werkplek/frontend-kit/standalone", so it never ends up in a remote.

// Routing
export { AreaRouter, areaHref, pathBelow, useArea } from './routing/AreaRouter.js';
export type { AreaLocation, AreaRouterValue } from './routing/AreaRouter.js';
export { AreaLink, isPlainLeftClick } from './routing/AreaLink.js';
export type { AreaLinkProps } from './routing/AreaLink.js';
export { matchPath } from './routing/matchPath.js';
export { useHeadingFocus } from './routing/useHeadingFocus.js';
export { useListQuery } from './routing/useListQuery.js';
export type { ListQuery, ListQueryChange } from './routing/useListQuery.js';
export {
  SORT_PARAM,
  YES_NO,
  dateFromQuery,
  sortFromQuery,
  sortStateOf,
  sortValueOf,
  sortValuesOf,
  useDraftFromQuery,
  useListPage,
  useListPages,
  useUrlSort,
  yearFromQuery,
  yesNoFilter,
} from './routing/listState.js';
export type { YesNo } from './routing/listState.js';
export { SectionHeader } from './headings/SectionHeader.js';
export type { SectionHeaderProps } from './headings/SectionHeader.js';

// Lists
export { PAGE_SIZES, useCursorPages } from './paging/useCursorPages.js';
export type { CursorPages } from './paging/useCursorPages.js';
export { fetchAllPages } from './paging/fetchAllPages.js';
export type { ConnectionPage } from './paging/fetchAllPages.js';
export { CursorPagination } from './paging/CursorPagination.js';
export type { CursorPaginationProps } from './paging/CursorPagination.js';

// Formatting
export { EMPTY, TIME_ZONE, endOfDayInBrussels, formatDate, formatDateTime, isLocalDate, isoDate, today } from './format/dates.js';
export { formatPercent } from './format/numbers.js';

// Forms
export { useSubmission } from './forms/useSubmission.js';
export type { Submission, SubmitOptions } from './forms/useSubmission.js';
export { SubmissionResult } from './forms/SubmissionResult.js';
export type { SubmissionResultProps } from './forms/SubmissionResult.js';
export { isApiRefusal } from './forms/errors.js';

// The current user
export { Role, hasRole, isAgencyStaff, isCentreUser, isInspector, isPartnershipStaff, roleLabels } from './session/user.js';
export type { RemoteAppProps, User } from './session/user.js';
export { isStaleRecordRefusal, refetchOnStaleRecord } from './forms/staleRecords.js';
export { namedRecordId, sendExpectedVersions } from './forms/expectedVersions.js';
