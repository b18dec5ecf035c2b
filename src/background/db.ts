// The background's database handle. Opened on first use after every service-worker start;
// nothing else is kept in memory, so a worker stopped at any moment loses nothing.
import { openRapportDb, type RapportDb } from '../db/schema';

let opening: Promise<RapportDb> | null = null;

export function getDb(): Promise<RapportDb> {
  opening ??= openRapportDb().catch((error) => {
    opening = null;
    throw error;
  });
  return opening;
}
