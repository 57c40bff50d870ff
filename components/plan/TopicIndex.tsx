import { useMemo, useState } from 'preact/hooks';
import { fold } from '../../lib/text/fold';
import { ItemLinks } from './ItemLinks';
import type { TopicEntry } from './plan-model';
import type { PlanViewStrings } from './plan-view-strings';

export interface TopicIndexProps {
  topics: TopicEntry[];
  strings: PlanViewStrings;
  /** The id the URL names (`topic-x`, `topics`): a named topic stays shown whatever the filter. */
  current?: string;
}

/**
 * The topic index (issue 12, `#topics`): every topic with its names in Simplified, Traditional and
 * English and the items it belongs to, each at `#topic-ID`. The filter folds both sides (碳足跡 finds
 * 碳足迹, CARBON finds carbon) and reads every name and alias.
 */
export function TopicIndex({ topics, strings: v, current }: TopicIndexProps) {
  const [filter, setFilter] = useState('');
  const wanted = fold(filter.trim());
  const shown = useMemo(
    () => new Set(topics.filter((t) => !wanted || t.folded.includes(wanted)).map((t) => t.id)),
    [topics, wanted],
  );
  return (
    <section
      class="plan-block"
      id="topics"
      tabIndex={-1}
      aria-labelledby="topics-h"
      data-current={current === 'topics' ? '' : undefined}
    >
      <h2 id="topics-h">{v.topics}</h2>
      <p class="plan-filter">
        <label>
          {v.topicFilter}{' '}
          <input
            type="search"
            data-topic-filter
            value={filter}
            onInput={(e) => setFilter((e.currentTarget as HTMLInputElement).value)}
          />
        </label>{' '}
        <span role="status" aria-live="polite">
          {v.topicCount(shown.size, topics.length)}
        </span>
      </p>
      {topics.map((topic) => {
        const id = `topic-${topic.id}`;
        return (
          <section
            class="plan-topic plan-entry"
            key={topic.id}
            id={id}
            data-topic-id={topic.id}
            tabIndex={-1}
            aria-labelledby={`${id}-h`}
            hidden={!shown.has(topic.id) && current !== id}
            data-current={current === id ? '' : undefined}
          >
            <h3 id={`${id}-h`}>{topic.name}</h3>
            <p class="plan-names">
              <span lang="zh-Hans">{topic.names.hans}</span>
              {' · '}
              <span lang="zh-Hant">{topic.names.hant}</span>
              {' · '}
              <span lang="en">{topic.names.en}</span>
            </p>
            {topic.items.length > 0 ? <ItemLinks items={topic.items} /> : <p>{v.noItems}</p>}
          </section>
        );
      })}
    </section>
  );
}
