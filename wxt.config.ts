import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { DEFAULT_SITE_MATCHES } from './lib/sites/default-sites';

// Explicit imports everywhere (STYLE.md §3): no auto-imports, so each file shows its dependencies.
export default defineConfig({
  imports: false,
  // MV3 for both browsers: one permission model (optional host permissions, scripting API).
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // The smallest set later features need: storage for settings, activeTab + scripting to annotate the
    // tab the user asks for, and Chinese government domains by default. Every other site is opt-in.
    permissions: ['storage', 'activeTab', 'scripting'],
    host_permissions: [...DEFAULT_SITE_MATCHES],
    // `*://*/*`, not `https://*/*` + `http://*/*`: a site is opted in as `*://host/*` (both schemes, one
    // decision per host), and Chromium grants a requested pattern only if ONE declared pattern contains
    // it — `*://host/*` fits neither scheme-specific one ("Only permissions specified in the manifest
    // may be requested", issue 9).
    optional_host_permissions: ['*://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'standards-lens@standards-lens.invalid',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
