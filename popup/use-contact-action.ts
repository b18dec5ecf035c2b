// One pattern for the contact panels' buttons: send an action, show the contact the
// background returns, let the home list reload, and show the error if it failed.
import { useState } from 'preact/hooks';
import type { Contact } from '../src/model';

export interface ContactPanelProps {
  contact: Contact;
  /** The contact as the background returned it after an action. */
  onContact: (contact: Contact) => void;
  /** Something changed: the list behind the contact view reloads. */
  onChanged: () => void;
}

export function useContactAction({ onContact, onChanged }: Pick<ContactPanelProps, 'onContact' | 'onChanged'>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const run = async (action: () => Promise<Contact>): Promise<boolean> => {
    setBusy(true);
    try {
      onContact(await action());
      setError('');
      onChanged();
      return true;
    } catch (e) {
      setError((e as Error).message);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
