// "Your data": back up, restore, export and import contacts, keep storage persistent, and
// delete everything. Files are read here; the background validates and writes them.
import { BackupBlock } from './backup-block';
import { DeleteAllBlock } from './delete-all-block';
import { ImportBlock } from './import-block';
import { RestoreBlock } from './restore-block';
import { StorageBlock } from './storage-block';

export function DataSection() {
  return (
    <div class="panel-section data-section">
      <h2>Your data</h2>
      <p class="lead">
        Everything Rapport keeps is on this computer, in this browser profile — nowhere else. Keep a backup somewhere safe.
      </p>
      <BackupBlock />
      <RestoreBlock />
      <ImportBlock />
      <StorageBlock />
      <DeleteAllBlock />
    </div>
  );
}
