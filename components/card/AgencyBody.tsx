import type { CardStrings } from '../../lib/card/strings';
import type { AgencyCardModel, CardLang } from '../../lib/card/types';
import { AgencyList, ItemList, Row, type Navigate } from './card-parts';

interface Props {
  model: AgencyCardModel;
  lang: CardLang;
  strings: CardStrings;
  onNavigate: Navigate;
}

/** An agency: its names, linked bodies, and the items it leads and shares. */
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
      {model.leadItems.length > 0 && (
        <section class="group" aria-label={strings.leadItems}>
          <h4>{`${strings.leadItems} (${model.leadCount})`}</h4>
          <ItemList items={model.leadItems} onNavigate={onNavigate} />
        </section>
      )}
      {model.partnerItems.length > 0 && (
        <section class="group" aria-label={strings.partnerItems}>
          <h4>{`${strings.partnerItems} (${model.partnerCount})`}</h4>
          <ItemList items={model.partnerItems} onNavigate={onNavigate} />
        </section>
      )}
      {model.alternatives.length > 0 && (
        <section class="group" aria-label={strings.alternatives}>
          <h4>{strings.alternatives}</h4>
          <AgencyList agencies={model.alternatives} onNavigate={onNavigate} />
        </section>
      )}
    </>
  );
}
