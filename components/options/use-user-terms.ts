/**
 * Wires the "Your own terms" section to the background: lists the terms and the plan's items once,
 * adds (the background validates and answers a refusal in the reader's language) and removes. The
 * client is a parameter, so the section is tested without an extension.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CardLang, ItemRef } from '../../lib/card/types';
import type { UserTerm } from '../../lib/kb/user-terms';
import type { PageClient } from '../../lib/messages/client';
import type { UserTermsProps } from './UserTerms';
import type { UserTermsStrings } from './user-terms-strings';

export type UserTermsClient = Pick<PageClient, 'listUserTerms' | 'addUserTerm' | 'removeUserTerm'>;

export function useUserTerms(
  client: UserTermsClient,
  strings: UserTermsStrings,
  lang: CardLang,
): Omit<UserTermsProps, 'strings'> {
  const [terms, setTerms] = useState<UserTerm[]>();
  const [items, setItems] = useState<ItemRef[]>([]);
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState<string>();

  useEffect(() => {
    void client.listUserTerms({ lang }).then((r) => {
      if (!r.ok) return setError(r.error.message);
      setTerms(r.value.terms);
      setItems(r.value.items);
    });
  }, [client, lang]);

  return {
    terms,
    items,
    error,
    status,
    async onAdd(input) {
      const r = await client.addUserTerm({ ...input, lang });
      if (!r.ok) {
        setStatus(undefined);
        setError(r.error.message);
        return false;
      }
      setTerms((now) => [...(now ?? []), r.value]);
      setError(undefined);
      setStatus(strings.added(r.value.term));
      return true;
    },
    onRemove(term) {
      void client.removeUserTerm({ id: term.id }).then((r) => {
        if (!r.ok) return setError(r.error.message);
        setTerms(r.value.terms);
        setError(undefined);
        setStatus(strings.removed(term.term));
      });
    },
  };
}
