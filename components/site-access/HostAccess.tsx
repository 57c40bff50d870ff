import { getMessage } from '../browser-i18n';
import { DEFAULT_SITE_MATCHES } from '../../lib/sites/default-sites';
import { HostAccessNotice } from './HostAccessNotice';
import { useHostAccess, type HostPermissions } from './use-host-access';

/**
 * The notice wired to the browser: the popup and the options page show it when the default government
 * sites are not granted (Firefox MV3). `permissions` is `browser.permissions`.
 */
export function HostAccess({ permissions }: { permissions: HostPermissions }) {
  const access = useHostAccess(permissions, DEFAULT_SITE_MATCHES);
  return (
    <HostAccessNotice
      strings={{
        missing: getMessage('hostAccessMissing'),
        allow: getMessage('hostAccessAllow'),
        denied: getMessage('hostAccessDenied'),
      }}
      missing={access.missing === true}
      denied={access.denied}
      busy={access.busy}
      onAllow={access.allow}
    />
  );
}
