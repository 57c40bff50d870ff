/**
 * The frame's counts to the background (the toolbar badge and the popup's summary). The badge is
 * cosmetic: one message per quarter second at most.
 */
import type { AnnotatorStats } from '../../lib/dom/annotator-types';
import type { ContentClient } from '../../lib/messages/client';

export function createMentionReports(
  client: Pick<ContentClient, 'reportMentions'>,
  stats: () => AnnotatorStats,
  signal: AbortSignal,
  everyMs = 250,
): { schedule(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return {
    schedule() {
      if (timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        if (signal.aborted) return;
        const now = stats();
        void client.reportMentions({
          count: now.mentions,
          byKind: now.byKind,
          byItem: now.byItem,
          itemWeight: now.itemWeight,
          byAgency: now.byAgency,
        });
      }, everyMs);
    },
  };
}
