import { PRACTICE_MODES, type PracticeMode } from '../../../core/schemas/practice.js';
import { MODE_DESCRIPTIONS } from './practice-labels.js';

type ModeSwitchProps = { id: string; mode: PracticeMode; onChange: (mode: PracticeMode) => void; locked: boolean };

/** Coach or interview: chosen before the first answer of a run, fixed for the run. */
export function ModeSwitch({ id, mode, onChange, locked }: ModeSwitchProps) {
  return (
    <fieldset className="mode-switch" aria-describedby={locked ? `${id}-locked` : undefined}>
      <legend>Mode</legend>
      {PRACTICE_MODES.map((value) => (
        <label key={value} className="mode-option">
          <input
            type="radio"
            name={id}
            value={value}
            checked={mode === value}
            disabled={locked}
            onChange={() => onChange(value)}
          />{' '}
          {MODE_DESCRIPTIONS[value]}
        </label>
      ))}
      {locked ? (
        <p className="muted small" id={`${id}-locked`}>
          The mode is fixed for this run. Answer again to switch.
        </p>
      ) : null}
    </fieldset>
  );
}
