import type { CardStrings } from '../../lib/card/strings';
import type { CardLang, HitGroup, TopicCardModel, TopicItemEntry } from '../../lib/card/types';
import { itemHash } from '../../lib/card/plan-link';
import {
  DutyBlock,
  ItemButton,
  Marked,
  MineMark,
  PlanLink,
  PlanQuote,
  SectionLine,
  TargetLine,
  type Navigate,
  type OpenPlan,
} from './card-parts';

interface Props {
  model: TopicCardModel;
  lang: CardLang;
  strings: CardStrings;
  onNavigate: Navigate;
  onOpenPlan?: OpenPlan;
}

/** Every item a topic belongs to: the sentences naming it, each duty once after the sentences it covers. */
export function TopicBody({ model, lang, strings, onNavigate, onOpenPlan }: Props) {
  const several = model.topics.length > 1;
  return (
    <>
      {several && <p class="muted">{strings.ambiguous}</p>}
      {model.topics.map((topic) => (
        <section class="topic" key={topic.id} aria-label={several ? topic.name : undefined}>
          {several && <h3>{topic.name}</h3>}
          <p class="meta">
            {topic.otherName && (
              <span class="other-name" lang={lang === 'en' ? 'zh-Hans' : 'en'}>
                {topic.otherName}
              </span>
            )}
            <span class="chip category" title={strings.category}>
              {topic.categoryLabel}
            </span>
          </p>
          {topic.items.map((entry) => (
            <Entry
              key={entry.item.no}
              entry={entry}
              lang={lang}
              strings={strings}
              onNavigate={onNavigate}
              onOpenPlan={onOpenPlan}
            />
          ))}
        </section>
      ))}
    </>
  );
}

function Entry({
  entry,
  lang,
  strings,
  onNavigate,
  onOpenPlan,
}: { entry: TopicItemEntry } & Omit<Props, 'model'>) {
  return (
    <article class="entry">
      <h4 class="entry-head">
        <ItemButton item={entry.item} marks={entry.titleMarks} onNavigate={onNavigate} />
      </h4>
      {(entry.item.mine || onOpenPlan) && (
        <p class="entry-tools">
          {entry.item.mine && <MineMark text={strings.myLead} />}{' '}
          <PlanLink
            hash={itemHash(entry.item.no)}
            name={entry.item.label}
            strings={strings}
            onOpenPlan={onOpenPlan}
          />
        </p>
      )}
      <SectionLine section={entry.section} lang={lang} strings={strings} />
      {entry.groups.map((group) => (
        <Group
          key={group.hits[0]?.index}
          group={group}
          lang={lang}
          strings={strings}
          onNavigate={onNavigate}
        />
      ))}
      {entry.groups.length === 0 && (
        <p class="muted">{entry.inTitle ? strings.inTitle : strings.noSentence}</p>
      )}
      {entry.itemDuties?.map((duty, i) => (
        <DutyBlock key={i} duty={duty} lang={lang} strings={strings} onNavigate={onNavigate} />
      ))}
    </article>
  );
}

/** The sentences one bracket covers, each with its own targets, then that bracket's duty — once. */
function Group({ group, lang, strings, onNavigate }: { group: HitGroup } & Omit<Props, 'model'>) {
  return (
    <div class="hit">
      <PlanQuote lang={lang} strings={strings}>
        {group.hits.map((hit) => (
          <div key={hit.index}>
            {/* The <mark> splits the sentence into several text nodes; the label keeps it whole for
                assistive tech (and for browser tests reading the accessibility tree). */}
            <blockquote class="sentence" aria-label={hit.text}>
              <Marked text={hit.text} marks={hit.marks} />
            </blockquote>
            <TargetLine targets={hit.targets} lang={lang} strings={strings} />
          </div>
        ))}
      </PlanQuote>
      {group.duty && <DutyBlock duty={group.duty} lang={lang} strings={strings} onNavigate={onNavigate} />}
    </div>
  );
}
