import type { CardStrings } from '../../lib/card/strings';
import type { AgencyCardModel, CardLang, ItemRef } from '../../lib/card/types';
import { agencyHash } from '../../lib/card/plan-link';
import { AgencyList, ItemList, MineMark, PlanLink, Row, type Navigate, type OpenPlan } from './card-parts';

interface Props {
  model: AgencyCardModel;
  lang: CardLang;
  strings: CardStrings;
  onNavigate: Navigate;
  onOpenPlan?: OpenPlan;
}

/** One group of items by the agency's role in them: a counted heading and the item buttons. */
function Items({
  label,
  items,
  count,
  strings,
  onNavigate,
}: {
  label: string;
  items: readonly ItemRef[];
  count: number;
  strings: CardStrings;
  onNavigate: Navigate;
}) {
  if (!items.length) return null;
  return (
    <section class="group" aria-label={label}>
      <h4>{`${label} (${count})`}</h4>
      <ItemList items={items} strings={strings} onNavigate={onNavigate} />
    </section>
  );
}

/**
 * An agency: its names, linked bodies, and its items by role — those it leads, those it is responsible
 * for where the plan names no lead, those where it shares the work under another's lead, and (imported
 * plans) those it supports.
 */
export function AgencyBody({ model, lang, strings, onNavigate, onOpenPlan }: Props) {
  const sep = lang === 'en' ? ', ' : '、';
  return (
    <>
      {(model.mine || onOpenPlan) && (
        <p class="entry-tools">
          {model.mine && <MineMark text={strings.myAgency} />}{' '}
          <PlanLink
            hash={agencyHash(model.id)}
            name={model.title}
            strings={strings}
            onOpenPlan={onOpenPlan}
          />
        </p>
      )}
      <dl class="facts">
        {model.fullName && <Row label={strings.fullName}>{model.fullName}</Row>}
        {lang === 'en' && model.chineseName && model.chineseName !== model.fullName && (
          <Row label={strings.chineseName}>{model.chineseName}</Row>
        )}
        {model.shortForms.length > 0 && <Row label={strings.shortForms}>{model.shortForms.join(sep)}</Row>}
        {lang !== 'en' && model.englishName && <Row label={strings.englishName}>{model.englishName}</Row>}
        {model.acronyms.length > 0 && <Row label={strings.acronyms}>{model.acronyms.join(', ')}</Row>}
        {model.linked.length > 0 && (
          <Row label={strings.linked}>
            <AgencyList agencies={model.linked} lang={lang} strings={strings} onNavigate={onNavigate} />
          </Row>
        )}
      </dl>
      <Items
        label={strings.leadItems}
        items={model.leadItems}
        count={model.leadCount}
        strings={strings}
        onNavigate={onNavigate}
      />
      <Items
        label={strings.responsibleItems}
        items={model.responsibleItems}
        count={model.responsibleCount}
        strings={strings}
        onNavigate={onNavigate}
      />
      <Items
        label={strings.shareItems}
        items={model.shareItems}
        count={model.shareCount}
        strings={strings}
        onNavigate={onNavigate}
      />
      <Items
        label={strings.partnerItems}
        items={model.partnerItems}
        count={model.partnerCount}
        strings={strings}
        onNavigate={onNavigate}
      />
      {model.alternatives.length > 0 && (
        <section class="group" aria-label={strings.alternatives}>
          <h4>{strings.alternatives}</h4>
          <AgencyList agencies={model.alternatives} lang={lang} strings={strings} onNavigate={onNavigate} />
        </section>
      )}
    </>
  );
}
