import type { CoverageSection, ItemCount } from '../../lib/messages/protocol';

export interface CoverageGridProps {
  sections: CoverageSection[];
  heading: string;
  note: string;
  /** "(九) 标题：3 处提及" — what a cell says to a screen reader and on hover. */
  describe: (item: ItemCount) => string;
}

/** Shade levels 1–4 by weight against the page's heaviest item; 0 = not touched (drawn empty). */
export function shadeLevel(weight: number, max: number): 0 | 1 | 2 | 3 | 4 {
  if (!(weight > 0) || !(max > 0)) return 0;
  return Math.max(1, Math.min(4, Math.ceil((4 * weight) / max))) as 1 | 2 | 3 | 4;
}

/**
 * The page against the plan (issue 10): one cell per plan item — `data-coverage-item="N"`, a DESIGN.md
 * contract — one row per section, shaded by the weight the page gives the item; items the page does
 * not touch are visibly empty (dashed outline, no fill). Nothing assumes 35 items or 8 sections.
 */
export function CoverageGrid({ sections, heading, note, describe }: CoverageGridProps) {
  const max = Math.max(0, ...sections.flatMap((s) => s.items.map((i) => i.weight)));
  return (
    <section class="coverage" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">{heading}</h2>
      <div class="coverage-rows">
        {sections.map((section) => (
          <div class="coverage-row" key={section.no}>
            <span class="coverage-section" title={section.title}>
              {section.label}
            </span>
            <ul class="coverage-cells" aria-label={`${section.label} ${section.title}`}>
              {section.items.map((item) => {
                const level = shadeLevel(item.weight, max);
                const text = describe(item);
                return (
                  <li
                    key={item.no}
                    class={`cell level-${level}`}
                    data-coverage-item={item.no}
                    data-weight={item.weight}
                    title={text}
                  >
                    <span aria-hidden="true">{item.no}</span>
                    <span class="visually-hidden">{text}</span>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </div>
      <p class="coverage-note">{note}</p>
    </section>
  );
}
