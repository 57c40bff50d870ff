import type { PlanViewStrings } from './plan-view-strings';

/** The plan browser's views, as hash links: each is a place in history and a deep link. */
export function PlanNav({ strings: v, hasFamilies }: { strings: PlanViewStrings; hasFamilies: boolean }) {
  const views: [string, string][] = [
    ['outline', v.outline],
    ['agencies', v.agencies],
    ['matrix', v.matrix],
    ['targets', v.targets],
    ['topics', v.topics],
    ...(hasFamilies ? [['families', v.families] as [string, string]] : []),
  ];
  return (
    <nav class="plan-views" aria-label={v.views}>
      <ul class="plan-nav">
        {views.map(([id, label]) => (
          <li key={id}>
            <a href={`#${id}`}>{label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
