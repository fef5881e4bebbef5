// Roles and their Dutch labels come from the one definition the gateway and subgraphs use.
export { isRole, roleLabels, roles, type Role } from '@werkplek/auth/roles';
