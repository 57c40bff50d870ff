export interface HostAccessStrings {
  /** Why nothing is highlighted on government sites. */
  missing: string;
  /** The button that asks the browser for the permission. */
  allow: string;
  /** The user (or the browser) said no. */
  denied: string;
}

export interface HostAccessNoticeProps {
  strings: HostAccessStrings;
  /** The browser has not granted the default government sites (Firefox MV3: revocable, issue 14). */
  missing: boolean;
  denied?: boolean;
  busy?: boolean;
  onAllow: () => void;
}

/**
 * Says plainly that the extension may not read government sites yet, with the one button that asks
 * the browser (the permission prompt needs that click's user gesture). Nothing when access is granted.
 * Props only.
 */
export function HostAccessNotice(props: HostAccessNoticeProps) {
  const { strings: s } = props;
  if (!props.missing) return null;
  return (
    <section class="host-access" data-host-access="missing" role="status">
      <p>{s.missing}</p>
      <button type="button" data-allow-default-sites disabled={props.busy} onClick={props.onAllow}>
        {s.allow}
      </button>
      {props.denied && <p class="notice">{s.denied}</p>}
    </section>
  );
}
