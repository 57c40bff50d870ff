import type { CardStrings } from '../../lib/card/strings';
import type { AgencyCardModel, CardLang, ItemRef } from '../../lib/card/types';
import { AgencyList, ItemList, Row, type Navigate } from './card-parts';

interface Props {
  model: AgencyCardModel;
  lang: CardLang;
  strings: CardStrings;
  onNavigate: Navigate;
}

/** One group of items by the agency's role in them: a counted heading and the item buttons. */
function Items({
  label,
  items,
  count,
  onNavigate,
}: {
  label: string;
  items: readonly ItemRef[];
  count: number;
  onNavigate: Navigate;
}) {
  if (!items.length) return null;
  return (
    <section class="group" aria-label={label}>
      <h4>{`${label} (${count})`}</h4>
      <ItemList items={items} onNavigate={onNavigate} />
    </section>
  );
}

/**
 * An agency: its names, linked bodies, and its items by role — those it leads, those it is responsible
 * for where the plan names no lead, those where it shares the work under another's lead, and (imported
 * plans) those it supports.
 */
export function AgencyBody({ model, lang, strings, onNavigate }: Props) {
  const sep = lang === 'en' ? ', ' : '、';
  return (
    <>
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
            <AgencyList agencies={model.linked} onNavigate={onNavigate} />
          </Row>
        )}
      </dl>
      <Items
        label={strings.leadItems}
        items={model.leadItems}
        count={model.leadCount}
        onNavigate={onNavigate}
      />
      <Items
        label={strings.responsibleItems}
        items={model.responsibleItems}
        count={model.responsibleCount}
        onNavigate={onNavigate}
      />
      <Items
        label={strings.shareItems}
        items={model.shareItems}
        count={model.shareCount}
        onNavigate={onNavigate}
      />
      <Items
        label={strings.partnerItems}
        items={model.partnerItems}
        count={model.partnerCount}
        onNavigate={onNavigate}
      />
      {model.alternatives.length > 0 && (
        <section class="group" aria-label={strings.alternatives}>
          <h4>{strings.alternatives}</h4>
          <AgencyList agencies={model.alternatives} onNavigate={onNavigate} />
        </section>
      )}
    </>
  );
}
