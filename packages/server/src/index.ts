export { type AppOptions, buildApp } from './app';
export { defaultDataDir, defaultPort, resolveConfig, type ServerConfig } from './config';
export { DataDirInUse } from './db/data-dir-lock';
export { type Database, type DatabaseTarget, type Db, openDatabase } from './db/database';
export {
  type LetterFormat,
  type LetterText,
  letterLimits,
  type ReadFailure,
  type ReadFailureCode,
  type ReadResult,
  readDocument,
} from './letters/read-document';
export { migrationsFolder } from './paths';
export { type ServeResult, serve } from './serve';
export { closeOnSignals, type RunningServer, startServer } from './start';
