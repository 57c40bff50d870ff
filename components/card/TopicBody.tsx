import type { CardStrings } from '../../lib/card/strings';
import type { CardLang, TopicCardModel, TopicItemEntry } from '../../lib/card/types';
import { DutyBlock, ItemButton, Marked, SectionLine, Targets, type Navigate } from './card-parts';

interface Props {
  model: TopicCardModel;
  lang: CardLang;
  strings: CardStrings;
  onNavigate: Navigate;
}

/** Every item a topic belongs to: the sentence naming it, with the duty of that sentence. */
export function TopicBody({ model, lang, strings, onNavigate }: Props) {
  const several = model.topics.length > 1;
  return (
    <>
      {lang === 'en' && <p class="muted">{strings.planText}</p>}
      {several && <p class="muted">{strings.ambiguous}</p>}
      {model.topics.map((topic) => (
        <section class="topic" key={topic.id} aria-label={several ? topic.name : undefined}>
          {several && <h3>{topic.name}</h3>}
          <p class="meta">
            {topic.otherName && <span class="other-name">{topic.otherName}</span>}
            <span class="chip category" title={strings.category}>
              {topic.categoryLabel}
            </span>
          </p>
          {topic.items.map((entry) => (
            <Entry key={entry.item.no} entry={entry} lang={lang} strings={strings} onNavigate={onNavigate} />
          ))}
        </section>
      ))}
    </>
  );
}

function Entry({ entry, lang, strings, onNavigate }: { entry: TopicItemEntry } & Omit<Props, 'model'>) {
  return (
    <article class="entry">
      <h4 class="entry-head">
        <ItemButton item={entry.item} onNavigate={onNavigate} />
      </h4>
      <SectionLine section={entry.section} lang={lang} strings={strings} />
      {entry.hits.map((hit) => (
        <div class="hit" key={hit.index}>
          {/* The <mark> splits the sentence into several text nodes; the label keeps it whole for
              assistive tech (and for browser tests reading the accessibility tree). */}
          <blockquote class="sentence" aria-label={hit.text}>
            <Marked text={hit.text} marks={hit.marks} />
          </blockquote>
          {hit.duty && <DutyBlock duty={hit.duty} lang={lang} strings={strings} onNavigate={onNavigate} />}
        </div>
      ))}
      {entry.hits.length === 0 && <p class="muted">{strings.noSentence}</p>}
      {entry.itemDuties?.map((duty, i) => (
        <DutyBlock key={i} duty={duty} lang={lang} strings={strings} onNavigate={onNavigate} />
      ))}
      <Targets targets={entry.targets} strings={strings} />
    </article>
  );
}
