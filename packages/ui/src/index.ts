// The public surface of the UI kit. Applications import only from here, so the implementation behind each component
// can later be swapped for the official Flemish government components without touching the applications.
export { AppHeader, Layout, Navigation, SkipLink } from './components/Layout.js';
export type { AppHeaderProps, LayoutProps, NavigationItem, NavigationProps, SkipLinkProps } from './components/Layout.js';
export { Button } from './components/Button.js';
export type { ButtonProps } from './components/Button.js';
export { Field } from './components/Field.js';
export type { FieldProps, FieldControlProps } from './components/Field.js';
export { TextField } from './components/TextField.js';
export type { TextFieldProps } from './components/TextField.js';
export { SelectField } from './components/SelectField.js';
export type { SelectFieldProps, SelectOption } from './components/SelectField.js';
export { DataTable } from './components/DataTable.js';
export type { DataTableColumn, DataTableProps } from './components/DataTable.js';
export { Alert, Notice, StatusMessage } from './components/Alert.js';
export type { AlertProps, AlertTone } from './components/Alert.js';
export { LoadingIndicator } from './components/LoadingIndicator.js';
export type { LoadingIndicatorProps } from './components/LoadingIndicator.js';
export { apiErrorCode, apiErrorMessage } from './errors/apiErrorMessage.js';
export type { ApiErrorCode } from './errors/apiErrorMessage.js';

// Lists
export { nextSort, sortRows } from './components/DataTable.js';
export type { SortDirection, SortState, SortValue } from './components/DataTable.js';
export { Pagination, pageRangeText } from './lists/Pagination.js';
export type { PaginationProps } from './lists/Pagination.js';
export { FilterBar } from './lists/FilterBar.js';
export type { FilterBarProps } from './lists/FilterBar.js';
export { EmptyState } from './lists/EmptyState.js';
export type { EmptyStateProps } from './lists/EmptyState.js';
export { StatusBadge } from './lists/StatusBadge.js';
export type { StatusBadgeProps, StatusTone } from './lists/StatusBadge.js';
export { CSV_BOM, csvCell, downloadCsv, toCsv } from './lists/csv.js';
export type { CsvColumn, CsvOptions, CsvValue } from './lists/csv.js';
export { CsvExportButton } from './lists/CsvExportButton.js';
export type { CsvExportButtonProps } from './lists/CsvExportButton.js';

// Forms
export { TextAreaField } from './forms/TextAreaField.js';
export type { TextAreaFieldProps } from './forms/TextAreaField.js';
export { DateField } from './forms/DateField.js';
export type { DateFieldProps } from './forms/DateField.js';
export { NumberField } from './forms/NumberField.js';
export type { NumberFieldProps } from './forms/NumberField.js';
export { CheckboxField } from './forms/CheckboxField.js';
export type { CheckboxFieldProps } from './forms/CheckboxField.js';
export { RadioGroup } from './forms/RadioGroup.js';
export type { RadioGroupProps, RadioOption } from './forms/RadioGroup.js';
export { FormErrorSummary } from './forms/FormErrorSummary.js';
export type { FormError, FormErrorSummaryProps } from './forms/FormErrorSummary.js';
export { SubmitButton } from './forms/SubmitButton.js';
export type { SubmitButtonProps } from './forms/SubmitButton.js';

// Detail views
export { DescriptionList } from './detail/DescriptionList.js';
export type { DescriptionItem, DescriptionListProps } from './detail/DescriptionList.js';
export { PageHeader } from './detail/PageHeader.js';
export type { PageHeaderProps } from './detail/PageHeader.js';
export { Tabs } from './detail/Tabs.js';
export type { TabItem, TabsProps } from './detail/Tabs.js';
export { ConfirmDialog } from './detail/ConfirmDialog.js';
export type { ConfirmDialogProps } from './detail/ConfirmDialog.js';
