import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDatabase, type StandardsLensDb } from '../../lib/db/database';

/** A database in its own in-memory IndexedDB factory: isolated per test, no cleanup needed. */
export function freshDb(): StandardsLensDb {
  return openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
}
