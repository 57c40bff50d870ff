/**
 * A file name or label as the CLIs show it on stderr: control characters (terminal escape sequences
 * among them) written as `\u001b`, so a hostile name cannot drive the terminal.
 */
const isControl = (c: number) => c < 0x20 || (c >= 0x7f && c <= 0x9f);

export function shown(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += isControl(c) ? `\\u${c.toString(16).padStart(4, '0')}` : s[i];
  }
  return out;
}
