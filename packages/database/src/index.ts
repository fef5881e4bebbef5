export { openDatabase, type Database, type DatabaseOptions, type DriverAdapter, type SqlConnection } from './database.js';
export { applyMigrations, readMigrations, type Migration, MigrationError } from './migrations.js';
export { openServiceDatabase, databaseUrlVariable, type ServiceDatabase, type ServiceDatabaseOptions } from './service-database.js';
export { createTestDatabase, type TestDatabase } from './test-database.js';
export { checkMigrations, createMigration, generateClient, rewriteMigration } from './prisma-cli.js';
export { findWorkspaceRoot } from './workspace.js';
export {
  backupService,
  backupServices,
  readBackupManifest,
  restoreService,
  BackupError,
  type BackupEntry,
  type BackupKind,
  type BackupManifest,
  type ServiceStore,
} from './backup.js';
export { versionTriggerSql } from './version-trigger.js';
