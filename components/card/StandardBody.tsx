import { STANDARD_SEARCH_URL } from '../../lib/card/search-url';
import type { CardStrings } from '../../lib/card/strings';
import type { StandardCardModel } from '../../lib/card/types';
import { AgencyList, ItemList, Row, type Navigate } from './card-parts';

interface Props {
  model: StandardCardModel;
  strings: CardStrings;
  onNavigate: Navigate;
}

/** A standard designation: its family, competent agency, related items and the platform search. */
export function StandardBody({ model, strings, onNavigate }: Props) {
  // The model crosses a message boundary: link only to the platform the model builder links to.
  const searchUrl = model.searchUrl.startsWith(STANDARD_SEARCH_URL) ? model.searchUrl : '';
  return (
    <>
      <dl class="facts">
        {model.familyTitle && <Row label={strings.standardType}>{model.familyTitle}</Row>}
        {model.sector && <Row label={strings.sector}>{model.sector}</Row>}
        {model.province && <Row label={strings.province}>{model.province}</Row>}
        {model.agency && (
          <Row label={strings.competentAgency}>
            <AgencyList agencies={[model.agency]} onNavigate={onNavigate} />
          </Row>
        )}
      </dl>
      {model.items.length > 0 && (
        <section class="group" aria-label={strings.relatedItems}>
          <h4>{strings.relatedItems}</h4>
          <ItemList items={model.items} onNavigate={onNavigate} />
        </section>
      )}
      {searchUrl && (
        <p class="search">
          <a
            href={searchUrl}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={strings.searchStandard + strings.newTab}
          >
            {strings.searchStandard} ↗
          </a>
        </p>
      )}
    </>
  );
}
