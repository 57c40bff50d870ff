import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { getMessage } from '../../components/browser-i18n';
import {
  buildPlanBrowserModel,
  type PlanBrowserKnowledge,
  type PlanBrowserModel,
} from '../../components/plan/plan-model';
import { PlanBrowserView, type PlanBrowserStrings } from '../../components/plan/PlanBrowserView';
import { planImportStrings } from '../../components/plan/import-strings';
import { PlanLibrary } from '../../components/plan/PlanLibrary';
import { planIdFrom, planUrl } from '../../components/plan/plan-location';
import type { CardLang } from '../../lib/card/types';
import { createPageClient } from '../../lib/messages/client';
import { sendToBackground } from '../../lib/messages/transport';

const client = createPageClient(sendToBackground);

function uiLang(): CardLang {
  const locale = getMessage('@@ui_locale');
  return locale === 'zh_TW' ? 'zh-Hant' : locale.startsWith('zh') ? 'zh-Hans' : 'en';
}

export function planBrowserStrings(get: (key: string) => string): PlanBrowserStrings {
  return {
    title: get('planTitle'),
    intro: get('planIntro'),
    outline: get('planOutline'),
    agencies: get('planAgencies'),
    topics: get('planTopics'),
    targets: get('planTargets'),
    itemTopics: get('planItemTopics'),
    noItems: get('planNoItems'),
    lang: get('planLang'),
  };
}

/** Brings the entry the URL's fragment names (`#item-9`, `#agency-miit`, `#topic-…`) into view. */
export function showFragment(doc: Document = document): void {
  const id = decodeURIComponent(doc.location.hash.slice(1));
  const target = id ? doc.getElementById(id) : null;
  if (!target) return;
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

function PlanApp() {
  const strings = useMemo(() => planBrowserStrings(getMessage), []);
  const [lang, setLang] = useState<CardLang>(uiLang);
  const [knowledge, setKnowledge] = useState<PlanBrowserKnowledge>();
  const [notice, setNotice] = useState<string>();
  const planId = useMemo(() => planIdFrom(location.search), []);
  useEffect(() => {
    void client.getPlanBrowser(planId ? { planId } : {}).then((r) => {
      if (r.ok) setKnowledge(r.value);
      else setNotice(r.error.code === 'not-found' ? planImportStrings(lang).planMissing : r.error.message);
    });
  }, []);
  const model = useMemo<PlanBrowserModel | undefined>(
    () => knowledge && buildPlanBrowserModel(knowledge, lang),
    [knowledge, lang],
  );
  useEffect(() => {
    if (!knowledge) return;
    // The entries exist only now: the browser's own scroll to the fragment on load found nothing.
    showFragment();
    const onHash = () => showFragment();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [knowledge]);
  const toolbar = (
    <PlanLibrary
      client={client}
      lang={lang}
      planId={planId}
      navigate={(id) => location.assign(planUrl(location.href, id))}
    />
  );
  return (
    <PlanBrowserView
      strings={strings}
      model={model}
      notice={notice}
      lang={lang}
      onLang={setLang}
      toolbar={toolbar}
    />
  );
}

export function mountPlanBrowser(root: HTMLElement): void {
  document.title = getMessage('planTitle');
  render(<PlanApp />, root);
}
