import { useId } from 'preact/hooks';

export interface SwitchProps {
  label: string;
  checked: boolean;
  disabled?: boolean;
  /** A line under the label (the reason, a shortcut), read as the switch's description. */
  hint?: string;
  hintClass?: string;
  onChange: (checked: boolean) => void;
}

/**
 * An on/off switch (issue 10: "real switches instead of default checkboxes"): a native checkbox with
 * `role="switch"`, so it is focusable, toggles with Space like any checkbox — and with Enter, as the
 * ARIA switch pattern allows — and is announced as a switch that is on or off; drawn as a track and
 * thumb (components/popup/popup.css).
 */
export function Switch(props: SwitchProps) {
  const hintId = useId();
  return (
    <div class="switch-row">
      <label class="switch">
        <span class="switch-label">{props.label}</span>
        <input
          type="checkbox"
          role="switch"
          checked={props.checked}
          disabled={props.disabled}
          aria-describedby={props.hint ? hintId : undefined}
          onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            (e.currentTarget as HTMLInputElement).click();
          }}
        />
      </label>
      {props.hint && (
        <p id={hintId} class={props.hintClass ?? 'switch-hint'}>
          {props.hint}
        </p>
      )}
    </div>
  );
}
