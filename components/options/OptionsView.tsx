import type { CardLangPref, Settings } from '../../lib/messages/protocol';

export interface OptionsStrings {
  title: string;
  intro: string;
  pause: string;
  cardLang: string;
  langs: Record<CardLangPref, string>;
  hoverDelay: string;
  saved: string;
  defaultSites: string;
}

export interface OptionsViewProps {
  strings: OptionsStrings;
  settings?: Settings;
  defaultSites: readonly string[];
  notice?: string;
  onPause: (paused: boolean) => void;
  onCardLang: (lang: CardLangPref) => void;
  onHoverDelay: (ms: number) => void;
}

const LANGS: CardLangPref[] = ['auto', 'zh-Hans', 'zh-Hant', 'en'];

/** Settings: global pause, the card's language, the hover delay; the default sites, listed. Props only. */
export function OptionsView({ strings: s, settings, defaultSites, notice, ...on }: OptionsViewProps) {
  return (
    <main class="page">
      <h1>{s.title}</h1>
      <p class="intro">{s.intro}</p>
      {settings && (
        <form onSubmit={(e) => e.preventDefault()}>
          <p>
            <label>
              <input
                type="checkbox"
                checked={settings.paused}
                onChange={(e) => on.onPause((e.currentTarget as HTMLInputElement).checked)}
              />{' '}
              {s.pause}
            </label>
          </p>
          <p>
            <label>
              {s.cardLang}{' '}
              <select
                value={settings.ui.cardLang}
                onChange={(e) => on.onCardLang((e.currentTarget as HTMLSelectElement).value as CardLangPref)}
              >
                {LANGS.map((l) => (
                  <option key={l} value={l}>
                    {s.langs[l]}
                  </option>
                ))}
              </select>
            </label>
          </p>
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
        </form>
      )}
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <h2>{s.defaultSites}</h2>
      <ul>
        {defaultSites.map((site) => (
          <li key={site}>
            <code>{site}</code>
          </li>
        ))}
      </ul>
    </main>
  );
}
