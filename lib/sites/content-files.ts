/**
 * Where the build writes the content script and its stylesheet (wxt.config.ts): the manifest, the
 * background's injection into a frame with text and the scripts registered for the sites the reader
 * enabled (lib/services/site-service.ts) all name these. The paths WXT gave the content script when it
 * was a WXT content script: registrations made then outlive an update.
 */
export const CONTENT_FILE = 'content-scripts/content.js';
export const CONTENT_CSS_FILE = 'content-scripts/content.css';
