import type { FocusEvent } from 'react';
import {
  MAX_ROUND_MINUTES,
  MIN_ROUND_MINUTES,
  REASONING_EFFORTS,
  type ReasoningEffort,
} from '../../../core/schemas/generation-request.js';
import type { ModelInfo } from '../../../core/schemas/model-info.js';
import { Field, optionsFrom, SelectField } from '../../components/field.js';
import { formatUsd } from '../../lib/format-count.js';
import {
  INTERVIEWER_ROLE_LABELS,
  ORGANISATION_KIND_LABELS,
  PERSONA_STYLE_LABELS,
  REASONING_EFFORT_LABELS,
  SECTOR_LABELS,
} from '../../lib/labels.js';
import { OTHER_MODEL, selectedFamily, selectedModel, type FieldErrors, type FormValues } from './form-values.js';

export type AdvancedSettingsFieldsProps = {
  values: FormValues;
  models: readonly ModelInfo[];
  errors: FieldErrors;
  onChange: <Key extends keyof FormValues>(field: Key, value: FormValues[Key]) => void;
  /** The custom model id field lost focus (its error shows from then on). */
  onCustomModelBlur: (event: FocusEvent<HTMLInputElement>) => void;
  /** The round length field lost focus (its error shows from then on). */
  onRoundMinutesBlur: (event: FocusEvent<HTMLInputElement>) => void;
};

/** Efforts a model accepts: the registry's list, or the common three for an unknown reasoning model. */
function effortsFor(model: ModelInfo | undefined): readonly ReasoningEffort[] {
  return model?.reasoningEfforts.length ? model.reasoningEfforts : ['low', 'medium', 'high'];
}

function ModelNote({ model }: { model: ModelInfo | undefined }) {
  if (!model) return <>A model the app has no price for: the cost will show as unknown.</>;
  const { price } = model;
  return (
    <>
      {formatUsd(price.inputPerMillion)} in / {formatUsd(price.outputPerMillion)} out per million tokens
      {model.shutdownOn ? `; OpenAI retires it on ${model.shutdownOn}` : ''}.
    </>
  );
}

/**
 * The fields of Advanced settings: model, temperature, reasoning effort, sector, round length and
 * persona. Their own chunk, loaded when the panel is first opened (or pointed at, or focused).
 */
export function AdvancedSettingsFields(props: AdvancedSettingsFieldsProps) {
  const { values, models, errors, onChange, onCustomModelBlur, onRoundMinutesBlur } = props;
  const modelId = selectedModel(values);
  const model = models.find((entry) => entry.id === modelId);
  const reasoning = selectedFamily(values) === 'reasoning';
  const roleBased = values.technique === 'role_based';
  const modelOptions = [
    ...models.map((entry) => ({ value: entry.id, label: `${entry.label} (${entry.id})` })),
    { value: OTHER_MODEL, label: 'Other… (type a model id)' },
  ];
  return (
    <div className="advanced-grid">
      <SelectField
        id="field-model"
        label="Model"
        value={values.modelChoice}
        options={modelOptions}
        onChange={(value) => onChange('modelChoice', value)}
        hint={values.modelChoice === OTHER_MODEL ? undefined : <ModelNote model={model} />}
        error={values.modelChoice === OTHER_MODEL ? undefined : errors.model}
      />
      {values.modelChoice === OTHER_MODEL ? (
        <Field
          id="field-custom-model"
          label="Model id"
          hint="Any id your server accepts, for example gpt-4o-2024-08-06 or llama3.1:8b with Ollama."
          error={errors.model}
        >
          {(describedBy) => (
            <input
              id="field-custom-model"
              type="text"
              value={values.customModel}
              onChange={(event) => onChange('customModel', event.target.value)}
              onBlur={onCustomModelBlur}
              aria-describedby={describedBy}
              aria-invalid={errors.model ? true : undefined}
              autoComplete="off"
              spellCheck={false}
            />
          )}
        </Field>
      ) : null}
      <Field
        id="field-temperature"
        label={`Temperature: ${reasoning ? 'not used' : Number(values.temperature).toFixed(1)}`}
        hint={
          reasoning
            ? 'Reasoning models (GPT-5 family, o-series) do not accept a temperature: it is not sent.'
            : 'Higher is more varied, lower is more focused.'
        }
        error={errors.temperature}
      >
        {(describedBy) => (
          <input
            id="field-temperature"
            type="range"
            min="0"
            max="2"
            step="0.1"
            value={values.temperature}
            onChange={(event) => onChange('temperature', event.target.value)}
            aria-describedby={describedBy}
            disabled={reasoning}
          />
        )}
      </Field>
      <SelectField
        id="field-reasoning-effort"
        label="Reasoning effort"
        value={reasoning ? values.reasoningEffort : ''}
        options={[
          { value: '', label: "Model's default" },
          ...effortsFor(model)
            .filter((effort) => REASONING_EFFORTS.includes(effort))
            .map((effort) => ({ value: effort, label: REASONING_EFFORT_LABELS[effort] })),
        ]}
        onChange={(value) => onChange('reasoningEffort', value as ReasoningEffort | '')}
        hint={
          reasoning
            ? 'More effort: slower, more reasoning tokens, often better questions.'
            : 'Only reasoning models take a reasoning effort.'
        }
        error={errors.reasoningEffort}
        disabled={!reasoning}
      />
      <SelectField
        id="field-sector"
        label="Sector"
        value={values.sector}
        options={optionsFrom(SECTOR_LABELS)}
        onChange={(value) => onChange('sector', value as FormValues['sector'])}
        hint="Picks the examples and the kinds of interview the prompt draws on."
        error={errors.sector}
      />
      <Field
        id="field-round-minutes"
        label="Round length (minutes)"
        hint={`Optional, ${MIN_ROUND_MINUTES}-${MAX_ROUND_MINUTES}: the questions' times are planned to fit the round.`}
        error={errors.roundMinutes}
      >
        {(describedBy) => (
          <input
            id="field-round-minutes"
            type="number"
            inputMode="numeric"
            min={MIN_ROUND_MINUTES}
            max={MAX_ROUND_MINUTES}
            step={5}
            value={values.roundMinutes}
            onChange={(event) => onChange('roundMinutes', event.target.value)}
            onBlur={onRoundMinutesBlur}
            aria-describedby={describedBy}
            aria-invalid={errors.roundMinutes ? true : undefined}
            placeholder="Not set"
          />
        )}
      </Field>
      <fieldset className="persona-fields" disabled={!roleBased}>
        <legend>Interviewer persona</legend>
        {roleBased ? null : <p className="field-hint">Used by the Role-based technique only.</p>}
        <SelectField
          id="field-persona-style"
          label="Interviewer style"
          value={values.personaStyle}
          options={optionsFrom(PERSONA_STYLE_LABELS)}
          onChange={(value) => onChange('personaStyle', value as FormValues['personaStyle'])}
          disabled={!roleBased}
        />
        <SelectField
          id="field-interviewer-role"
          label="Interviewer"
          value={values.interviewerRole}
          options={optionsFrom(INTERVIEWER_ROLE_LABELS)}
          onChange={(value) => onChange('interviewerRole', value as FormValues['interviewerRole'])}
          disabled={!roleBased}
        />
        <SelectField
          id="field-organisation-kind"
          label="Organisation"
          value={values.organisationKind}
          options={optionsFrom(ORGANISATION_KIND_LABELS)}
          onChange={(value) => onChange('organisationKind', value as FormValues['organisationKind'])}
          error={errors.persona}
          disabled={!roleBased}
        />
      </fieldset>
    </div>
  );
}
