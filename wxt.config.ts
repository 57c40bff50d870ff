import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { CONTENT_CSS_FILE, CONTENT_FILE } from './lib/sites/content-files';
import { DEFAULT_SITE_MATCHES } from './lib/sites/default-sites';
import { SHIPPED_MATCHER_FILE, shippedMatcher } from './scripts/lib/shipped-matcher';
import packageJson from './package.json';

/** Where WXT writes the unlisted script entrypoints/frame-gate.ts. */
const FRAME_GATE_FILE = 'frame-gate.js';
/**
 * The unlisted script entrypoints/content-script.ts, written where WXT wrote it when it was a WXT
 * content script (lib/sites/content-files.ts).
 */
const CONTENT_ENTRY = 'content-script';

// Explicit imports everywhere (STYLE.md §3): no auto-imports, so each file shows its dependencies.
export default defineConfig({
  imports: false,
  // MV3 for both browsers: one permission model (optional host permissions, scripting API).
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // The compiled matcher ships with the extension, so the first page after an install or update
    // does not wait for the service worker to compile it (scripts/lib/shipped-matcher.ts).
    'build:publicAssets': (_wxt, files) => {
      files.push({
        relativeDest: SHIPPED_MATCHER_FILE,
        contents: JSON.stringify(shippedMatcher(packageJson.version)),
      });
    },
    // The content script's bundle and stylesheet go where WXT put them when it was a WXT content script
    // (lib/sites/content-files.ts): the scripts registered for the sites a reader enabled name them.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.length !== 1 || entrypoints[0]!.name !== CONTENT_ENTRY) return;
      const output = config.build?.rollupOptions?.output;
      if (!output || Array.isArray(output)) throw new Error(`${CONTENT_ENTRY}: unexpected build output`);
      output.entryFileNames = CONTENT_FILE;
      output.assetFileNames = ({ names }) =>
        names.some((n) => n.endsWith('.css')) ? CONTENT_CSS_FILE : 'assets/[name].[ext]';
    },
    // The content script (entrypoints/content-script.ts) and the frame gate (entrypoints/frame-gate.ts)
    // are unlisted scripts, so that WXT adds neither webextension-polyfill nor its script context to
    // what every page and every quiet subframe evaluates; the manifest names them here: the content
    // script for the top frame of the default sites, the gate for every frame.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        {
          matches: [...DEFAULT_SITE_MATCHES],
          js: [CONTENT_FILE],
          css: [CONTENT_CSS_FILE],
          all_frames: false,
          run_at: 'document_idle',
        },
        {
          matches: [...DEFAULT_SITE_MATCHES],
          js: [FRAME_GATE_FILE],
          all_frames: true,
          run_at: 'document_idle',
        },
      ];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // The smallest set the features need: storage for settings (unlimitedStorage: clips must never be
    // evicted under storage pressure), activeTab + scripting to annotate the tab the user asks for,
    // contextMenus for 保存摘录 / Save clip, and Chinese government domains by default. Every other
    // site is opt-in.
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus'],
    host_permissions: [...DEFAULT_SITE_MATCHES],
    // `*://*/*`, not `https://*/*` + `http://*/*`: a site is opted in as `*://host/*` (both schemes, one
    // decision per host), and Chromium grants a requested pattern only if ONE declared pattern contains
    // it — `*://host/*` fits neither scheme-specific one ("Only permissions specified in the manifest
    // may be requested", issue 9).
    optional_host_permissions: ['*://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    // **contract** (DESIGN.md): Alt+Shift+S saves the selection. The content script handles the key
    // itself (trusted events only); declaring it here lets users remap it in the browser's shortcuts.
    commands: {
      'save-clip': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSaveClip__',
      },
    },
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
