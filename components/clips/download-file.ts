/**
 * Save a text file through the browser's download: a Blob URL on a temporary `<a download>`. Works in
 * extension pages of Chromium and Firefox without the `downloads` permission. The URL is revoked a
 * little later — revoking at once can cancel the download in Firefox.
 */
export interface DownloadTarget {
  filename: string;
  mime: string;
  text: string;
}

export function downloadFile(
  file: DownloadTarget,
  doc: Document = document,
  later: (fn: () => void) => void = (fn) => void setTimeout(fn, 10_000),
): void {
  const win = doc.defaultView ?? window;
  const url = win.URL.createObjectURL(new win.Blob([file.text], { type: file.mime }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  later(() => win.URL.revokeObjectURL(url));
}
