import type { ItemLink } from './plan-model';

/** Plan items as links to their sections in the outline (`#item-N`). */
export function ItemLinks({ items }: { items: ItemLink[] }) {
  return (
    <ul class="plan-item-links">
      {items.map((item) => (
        <li key={item.no}>
          <a href={`#item-${item.no}`}>
            {item.label} {item.title}
          </a>
        </li>
      ))}
    </ul>
  );
}
