import type { ComponentChildren } from 'preact';
import type {
  CardLangPref,
  CardTrigger,
  KindSwitches,
  PageStateReason,
  Settings,
  ShownKind,
  SiteList,
} from '../../lib/messages/protocol';
import { MyAgencies, type AgencyChoice, type MyAgenciesStrings } from './MyAgencies';

export interface OptionsStrings {
  title: string;
  intro: string;
  pause: string;
  cardLang: string;
  langs: Record<CardLangPref, string>;
  hoverDelay: string;
  saved: string;
  defaultSites: string;
  /** Heading of the hosts the user switched on or off. */
  yourSites: string;
  noSites: string;
  remove: string;
  /** `Remove news.example.com`: the remove button's accessible name. */
  removeSite: (host: string) => string;
  reasons: Record<PageStateReason, string>;
  /** Legend of the kind switches. */
  kinds: string;
  kindNames: Record<ShownKind, string>;
  /** Legends of the groups. */
  general: string;
  cards: string;
  sites: string;
  /** Legend of the card trigger choice, its choices, and a word on the keyboard. */
  cardTrigger: string;
  triggers: Record<CardTrigger, string>;
  triggerHint: string;
  myAgencies: MyAgenciesStrings;
}

export interface OptionsViewProps {
  strings: OptionsStrings;
  settings?: Settings;
  /** Undefined until the background answered. */
  sites?: SiteList;
  /** Every agency of the knowledge base, for "my agency"; undefined until the background answered. */
  agencies?: readonly AgencyChoice[];
  /** Said politely to assistive technology too (a live region): "Saved", or what went wrong. */
  notice?: string;
  onPause: (paused: boolean) => void;
  onCardLang: (lang: CardLangPref) => void;
  onHoverDelay: (ms: number) => void;
  onCardTrigger: (trigger: CardTrigger) => void;
  onKinds: (kinds: KindSwitches) => void;
  onMyAgencies: (ids: string[]) => void;
  onDefaultSite: (domain: string, enabled: boolean) => void;
  onRemoveSite: (origin: string) => void;
  /** The "Your own terms" section (components/options/UserTerms.tsx, a form of its own), after the sites. */
  userTerms?: ComponentChildren;
  /** Asks for the default sites when the browser has not granted them (components/site-access). */
  access?: ComponentChildren;
}

const LANGS: CardLangPref[] = ['auto', 'zh-Hans', 'zh-Hant', 'en'];
const KINDS: ShownKind[] = ['topic', 'agency', 'standard', 'clip'];
const TRIGGERS: CardTrigger[] = ['hover', 'modifier'];

/**
 * Settings, in groups (issue 12): general (the global pause); cards (language, how they open, the
 * hover delay); the kinds highlighted; "my agency"; the default government domains (each can be
 * switched off) and the hosts the user decided on (each removable). What was saved is said in a live
 * region, which is on the page from the start so that screen readers announce its changes. Props only.
 */
export function OptionsView({
  strings: s,
  settings,
  sites,
  agencies,
  notice,
  userTerms,
  access,
  ...on
}: OptionsViewProps) {
  return (
    <main class="page options-page">
      <h1>{s.title}</h1>
      <p class="intro">{s.intro}</p>
      {access}
      <p class="notice" role="status">
        {notice}
      </p>
      <form onSubmit={(e) => e.preventDefault()}>
        {settings && (
          <fieldset class="general">
            <legend>{s.general}</legend>
            <label>
              <input
                type="checkbox"
                checked={settings.paused}
                onChange={(e) => on.onPause((e.currentTarget as HTMLInputElement).checked)}
              />{' '}
              {s.pause}
            </label>
          </fieldset>
        )}
        {settings && (
          <fieldset class="cards">
            <legend>{s.cards}</legend>
            <p>
              <label>
                {s.cardLang}{' '}
                <select
                  value={settings.ui.cardLang}
                  onChange={(e) =>
                    on.onCardLang((e.currentTarget as HTMLSelectElement).value as CardLangPref)
                  }
                >
                  {LANGS.map((l) => (
                    <option key={l} value={l}>
                      {s.langs[l]}
                    </option>
                  ))}
                </select>
              </label>
            </p>
            <fieldset class="trigger" aria-describedby="trigger-hint">
              <legend>{s.cardTrigger}</legend>
              {TRIGGERS.map((t) => (
                <label key={t}>
                  <input
                    type="radio"
                    name="card-trigger"
                    value={t}
                    checked={settings.ui.cardTrigger === t}
                    onChange={() => on.onCardTrigger(t)}
                  />{' '}
                  {s.triggers[t]}
                </label>
              ))}
              <p class="hint" id="trigger-hint">
                {s.triggerHint}
              </p>
            </fieldset>
            <p>
              <label>
                {s.hoverDelay}{' '}
                <input
                  type="number"
                  min={0}
                  max={2000}
                  step={50}
                  value={settings.ui.hoverDelayMs}
                  onChange={(e) => {
                    const ms = Number((e.currentTarget as HTMLInputElement).value);
                    if (Number.isInteger(ms) && ms >= 0 && ms <= 2000) on.onHoverDelay(ms);
                  }}
                />
              </label>
            </p>
          </fieldset>
        )}
        {settings && (
          <fieldset class="kinds">
            <legend>{s.kinds}</legend>
            {KINDS.map((kind) => (
              <label key={kind} class={`kind kind-${kind}`}>
                <input
                  type="checkbox"
                  checked={settings.ui.kinds[kind]}
                  data-kind={kind}
                  onChange={(e) =>
                    on.onKinds({
                      ...settings.ui.kinds,
                      [kind]: (e.currentTarget as HTMLInputElement).checked,
                    })
                  }
                />{' '}
                {s.kindNames[kind]}
              </label>
            ))}
          </fieldset>
        )}
        {settings && agencies && (
          <MyAgencies
            strings={s.myAgencies}
            agencies={agencies}
            chosen={settings.ui.myAgencies}
            onChange={on.onMyAgencies}
          />
        )}
        {sites && (
          <fieldset class="sites">
            <legend>{s.sites}</legend>
            <h2 id="default-sites">{s.defaultSites}</h2>
            <ul class="default-sites">
              {sites.defaults.map((d) => (
                <li key={d.domain}>
                  <label>
                    <input
                      type="checkbox"
                      checked={d.enabled}
                      data-domain={d.domain}
                      onChange={(e) =>
                        on.onDefaultSite(d.domain, (e.currentTarget as HTMLInputElement).checked)
                      }
                    />{' '}
                    <code>*.{d.domain}</code>
                  </label>
                </li>
              ))}
            </ul>
            <h2>{s.yourSites}</h2>
            {sites.sites.length === 0 ? (
              <p class="empty">{s.noSites}</p>
            ) : (
              <ul class="user-sites">
                {sites.sites.map((site) => {
                  const host = new URL(site.origin).hostname;
                  return (
                    <li key={site.origin} data-origin={site.origin}>
                      <code>{site.origin}</code> <span class="reason">{s.reasons[site.reason]}</span>{' '}
                      <button
                        type="button"
                        aria-label={s.removeSite(host)}
                        onClick={() => on.onRemoveSite(site.origin)}
                      >
                        {s.remove}
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
          </fieldset>
        )}
      </form>
      {userTerms}
    </main>
  );
}
