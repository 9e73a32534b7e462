import { useState } from 'react';
import { LazyPart } from '../../components/lazy-part.js';
import { createChunkLoader } from '../../lib/create-chunk-loader.js';
import { useChunk } from '../../lib/use-chunk.js';
import type { AdvancedSettingsFieldsProps } from './advanced-settings-fields.js';

const fieldsChunk = createChunkLoader(() =>
  import('./advanced-settings-fields.js').then((module) => module.AdvancedSettingsFields),
);

function LazyFields(props: AdvancedSettingsFieldsProps) {
  const Fields = useChunk(fieldsChunk);
  return <Fields {...props} />;
}

/**
 * Model, temperature, reasoning effort, sector, round length and persona, inside a <details>. The open state is the
 * user's: an error opens it, but nothing closes it except the user. Closed on the first screen, so
 * its fields load when it is first opened (or pointed at, or focused), and stay once loaded.
 */
export function AdvancedSettings(props: AdvancedSettingsFieldsProps) {
  const { errors } = props;
  const hasError = Boolean(
    errors.model ||
    errors.temperature ||
    errors.reasoningEffort ||
    errors.sector ||
    errors.roundMinutes ||
    errors.persona,
  );
  const [open, setOpen] = useState(hasError);
  const [hadError, setHadError] = useState(hasError);
  const [everOpen, setEverOpen] = useState(open);
  // Opens on the change to "has an error", during render, so a focus right after submit finds it open.
  if (hasError !== hadError) {
    setHadError(hasError);
    if (hasError) setOpen(true);
  }
  if (open && !everOpen) setEverOpen(true);
  return (
    <details className="advanced" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary onPointerEnter={fieldsChunk.preload} onFocus={fieldsChunk.preload}>
        Advanced settings
      </summary>
      {everOpen ? (
        <LazyPart loadingLabel="Loading the settings…" failedTitle="Advanced settings could not be loaded">
          <LazyFields {...props} />
        </LazyPart>
      ) : null}
    </details>
  );
}
