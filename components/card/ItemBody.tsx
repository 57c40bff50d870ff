import type { CardStrings } from '../../lib/card/strings';
import type { CardLang, ItemCardModel, ItemSentence } from '../../lib/card/types';
import { DutyBlock, SectionLine, Targets, type Navigate } from './card-parts';

interface Props {
  model: ItemCardModel;
  lang: CardLang;
  strings: CardStrings;
  onNavigate: Navigate;
}

/** Consecutive sentences answered by the same duty bracket. */
function groups(sentences: readonly ItemSentence[]): { duty: number; texts: string[] }[] {
  const out: { duty: number; texts: string[] }[] = [];
  for (const s of sentences) {
    const last = out[out.length - 1];
    if (last && last.duty === s.duty) last.texts.push(s.text);
    else out.push({ duty: s.duty, texts: [s.text] });
  }
  return out;
}

/** A plan item: its text, bracket by bracket, each followed by who answers for it. */
export function ItemBody({ model, lang, strings, onNavigate }: Props) {
  return (
    <>
      <SectionLine section={model.section} lang={lang} strings={strings} />
      {lang === 'en' && <p class="muted">{strings.planText}</p>}
      {groups(model.sentences).map((g, i) => {
        const duty = g.duty >= 0 ? model.duties[g.duty] : undefined;
        return (
          <div class="hit" key={i}>
            <blockquote class="sentence">{g.texts.join('')}</blockquote>
            {duty ? (
              <DutyBlock duty={duty} lang={lang} strings={strings} onNavigate={onNavigate} />
            ) : (
              <p class="muted">{strings.unassigned}</p>
            )}
          </div>
        );
      })}
      <Targets targets={model.targets} strings={strings} />
    </>
  );
}
