import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * The options page's live region text ("Saved." …). The same words twice are no change a screen reader
 * announces, so the region is emptied for a moment before each message.
 */
export function useNotice(pauseMs = 50): [string | undefined, (message: string) => void] {
  const [notice, setNotice] = useState<string>();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const say = (message: string) => {
    clearTimeout(timer.current);
    setNotice('');
    timer.current = setTimeout(() => setNotice(message), pauseMs);
  };
  return [notice, say];
}
