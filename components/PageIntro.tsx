import type { ComponentChildren } from 'preact';

export interface PageLink {
  href: string;
  label: string;
}

export interface PageIntroProps {
  title: string;
  intro: string;
  links?: PageLink[];
  children?: ComponentChildren;
}

/** The heading every extension page starts with: its localized title, one line on what it is for. */
export function PageIntro({ title, intro, links = [], children }: PageIntroProps) {
  return (
    <main class="page">
      <h1>{title}</h1>
      <p class="intro">{intro}</p>
      {children}
      {links.length > 0 && (
        <nav aria-label={title}>
          <ul class="links">
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href} target="_blank" rel="noopener">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </main>
  );
}
