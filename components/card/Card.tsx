/**
 * The hover card (DESIGN.md, "In-page contracts"): a props-only view of a CardModel. The root is a
 * `role="dialog"` named by the mention's display name (browser tests read it from the accessibility
 * tree). Every control is a button or a link; Escape is handled by the host (card-host.ts).
 */
import type { CardStrings } from '../../lib/card/strings';
import type { CardLang, CardModel, CardRef } from '../../lib/card/types';
import { CloseButton } from '../in-page/CloseButton';
import { AgencyBody } from './AgencyBody';
import { ItemBody } from './ItemBody';
import { StandardBody } from './StandardBody';
import { TopicBody } from './TopicBody';
import type { OpenPlan } from './card-parts';

export interface CardProps {
  model: CardModel;
  lang: CardLang;
  strings: CardStrings;
  pinned: boolean;
  /** Called with the new pin state. */
  onPin: (pinned: boolean) => void;
  onClose: () => void;
  /** Open another card (an agency, a plan item …) on top of this one. */
  onNavigate: (ref: CardRef) => void;
  onBack: () => void;
  canGoBack: boolean;
  /** Saves the page sentence holding the mention as a clip; no button without it. */
  onSaveClip?: () => void;
  /** "Open in plan browser" on items and agencies; no such buttons without it. */
  onOpenPlan?: OpenPlan;
}

export function Card({
  model,
  lang,
  strings,
  pinned,
  onPin,
  onClose,
  onNavigate,
  onBack,
  canGoBack,
  onSaveClip,
  onOpenPlan,
}: CardProps) {
  return (
    <div class={`card card-${model.kind}`} role="dialog" aria-label={model.title} lang={lang} tabIndex={-1}>
      <header class="bar">
        {canGoBack && (
          <button type="button" class="ctl back" onClick={onBack}>
            <span aria-hidden="true">‹ </span>
            {strings.back}
          </button>
        )}
        <h2 class="title">{model.title}</h2>
        <div class="ctls" role="group" aria-label={strings.controls}>
          {onSaveClip && (
            // Writes to the reader's clips: the reader's own click or key only (issue 14).
            <button type="button" class="ctl save" onClick={(e) => e.isTrusted && onSaveClip()}>
              {strings.saveClip}
            </button>
          )}
          <button type="button" class="ctl pin" aria-pressed={pinned} onClick={() => onPin(!pinned)}>
            {strings.pin}
          </button>
          <CloseButton label={strings.close} onClick={onClose} />
        </div>
      </header>
      <div class="body">
        {model.kind !== 'item' && model.shortForm && (
          <p class="short-form">
            {strings.shortFormOf
              .replace('{short}', model.shortForm.surface)
              .replace('{long}', model.shortForm.of)}
          </p>
        )}
        <Body model={model} lang={lang} strings={strings} onNavigate={onNavigate} onOpenPlan={onOpenPlan} />
      </div>
    </div>
  );
}

/** The card's content below its bar (the popup's "Annotate text" shows it without the bar). */
export function Body({
  model,
  lang,
  strings,
  onNavigate,
  onOpenPlan,
}: Pick<CardProps, 'model' | 'lang' | 'strings' | 'onNavigate' | 'onOpenPlan'>) {
  const open = { onNavigate, onOpenPlan };
  switch (model.kind) {
    case 'topic':
      return <TopicBody model={model} lang={lang} strings={strings} {...open} />;
    case 'agency':
      return <AgencyBody model={model} lang={lang} strings={strings} {...open} />;
    case 'standard':
      return <StandardBody model={model} lang={lang} strings={strings} onNavigate={onNavigate} />;
    case 'item':
      return <ItemBody model={model} lang={lang} strings={strings} {...open} />;
    default:
      return null;
  }
}
