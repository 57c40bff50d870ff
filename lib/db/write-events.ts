/**
 * Every committed write to the database, from this or another extension context: Dexie's
 * `storagemutated`, fired on commit, before the writer's promise resolves (lib/services/read-cache
 * keeps reads until it fires). Returns the unsubscribe.
 */
import Dexie from 'dexie';

export function onDatabaseWrite(listener: () => void): () => void {
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}
