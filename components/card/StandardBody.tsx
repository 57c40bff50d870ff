import { STANDARD_SEARCH_URL } from '../../lib/card/search-url';
import type { CardStrings } from '../../lib/card/strings';
import type { CardLang, StandardCardModel, TitleItemEntry } from '../../lib/card/types';
import { AgencyList, ItemButton, ItemList, MineMark, Row, type Navigate } from './card-parts';

interface Props {
  model: StandardCardModel;
  lang: CardLang;
  strings: CardStrings;
  onNavigate: Navigate;
}

/** Items the standard's title leads to, each with the topics of the title that lead there. */
function TitleItems({
  entries,
  lang,
  strings,
  onNavigate,
}: {
  entries: readonly TitleItemEntry[];
  lang: CardLang;
  strings: CardStrings;
  onNavigate: Navigate;
}) {
  const [open, sep, close] = lang === 'en' ? [' (', ', ', ')'] : ['（', '、', '）'];
  return (
    <ul class="items">
      {entries.map(({ item, topics }) => (
        <li key={item.no}>
          <ItemButton item={item} onNavigate={onNavigate} />
          {topics.length > 0 && <span class="muted">{open + topics.join(sep) + close}</span>}
          {item.mine && (
            <>
              {' '}
              <MineMark text={strings.myLead} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * A standard designation: the title the page printed with it, its family and competent agency, the
 * items its title's topics belong to, then the items on that kind of standard, and the platform search.
 */
export function StandardBody({ model, lang, strings, onNavigate }: Props) {
  // The model crosses a message boundary: link only to the platform the model builder links to.
  const searchUrl = model.searchUrl.startsWith(STANDARD_SEARCH_URL) ? model.searchUrl : '';
  const titleItems = model.titleItems ?? [];
  return (
    <>
      <dl class="facts">
        {model.standardTitle && <Row label={strings.standardTitle}>{model.standardTitle}</Row>}
        {model.familyTitle && <Row label={strings.standardType}>{model.familyTitle}</Row>}
        {model.sector && <Row label={strings.sector}>{model.sector}</Row>}
        {model.province && <Row label={strings.province}>{model.province}</Row>}
        {model.agency && (
          <Row label={strings.competentAgency}>
            <AgencyList agencies={[model.agency]} lang={lang} strings={strings} onNavigate={onNavigate} />
          </Row>
        )}
      </dl>
      {titleItems.length > 0 && (
        <section class="group" aria-label={strings.titleItems}>
          <h4>{strings.titleItems}</h4>
          <TitleItems entries={titleItems} lang={lang} strings={strings} onNavigate={onNavigate} />
        </section>
      )}
      {model.items.length > 0 && (
        <section class="group" aria-label={strings.familyItems}>
          <h4>{strings.familyItems}</h4>
          <ItemList items={model.items} strings={strings} onNavigate={onNavigate} />
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
