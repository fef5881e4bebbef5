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
