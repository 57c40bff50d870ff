import type { PlanBrowserModel } from './plan-model';
import type { PlanViewStrings } from './plan-view-strings';

export interface TargetsTableProps {
  model: PlanBrowserModel;
  strings: PlanViewStrings;
  current?: boolean;
}

/**
 * Every quantitative target of the plan in one table (issue 12, `#targets`): the quantity as written,
 * its value, unit and bound, the item (a link) and the sentence it stands in — a target means little
 * away from its sentence.
 */
export function TargetsTable({ model, strings: v, current }: TargetsTableProps) {
  const rows = model.sections.flatMap((section) =>
    section.items.flatMap((item) => {
      const sentences = item.groups.flatMap((g) => g.sentences);
      return item.targets.map((target, i) => ({
        item,
        target,
        sentence: sentences[target.sentence] ?? '',
        i,
      }));
    }),
  );
  const c = v.targetColumns;
  return (
    <section
      class="plan-block plan-targets-view"
      id="targets"
      tabIndex={-1}
      aria-labelledby="targets-h"
      data-current={current ? '' : undefined}
    >
      <h2 id="targets-h">{v.targets}</h2>
      {rows.length === 0 ? (
        <p>{v.noTargets}</p>
      ) : (
        <div class="plan-table-wrap">
          <table class="plan-table">
            <thead>
              <tr>
                <th scope="col">{c.item}</th>
                <th scope="col">{c.target}</th>
                <th scope="col">{c.value}</th>
                <th scope="col">{c.unit}</th>
                <th scope="col">{c.bound}</th>
                <th scope="col">{c.sentence}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ item, target, sentence, i }) => (
                <tr key={`${item.no}-${i}`} data-target-row={item.no}>
                  <th scope="row">
                    <a href={`#item-${item.no}`}>
                      {item.label} {item.title}
                    </a>
                  </th>
                  <td>{target.text}</td>
                  <td class="num">{target.value}</td>
                  <td>{target.unit}</td>
                  <td>{v.bounds[target.bound]}</td>
                  <td class="plan-table-sentence">{sentence}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
