import { useEffect, useMemo, useRef, useState, type FocusEvent, type FormEvent, type KeyboardEvent } from 'react';
import type { ModelInfo } from '../../../core/schemas/model-info.js';
import type { BudgetStatus, PublicConfig } from '../../../core/schemas/public-config.js';
import { Field, optionsFrom, SelectField } from '../../components/field.js';
import { preloadResultView } from '../../components/result-view/lazy-result-view.js';
import {
  EXPERIENCE_LEVEL_LABELS,
  INTERVIEW_TYPE_LABELS,
  TECHNIQUE_LABELS,
  describeTechnique,
} from '../../lib/labels.js';
import { focusField } from '../../lib/focus-field.js';
import { AdvancedSettings } from './advanced-settings.js';
import { BudgetLine } from './budget-line.js';
import { EstimateLine } from './estimate-line.js';
import { CandidateProfileField } from './candidate-profile-field.js';
import {
  OTHER_MODEL,
  toRequestInput,
  type FieldErrors,
  type FormCheck,
  type FormField,
  type FormValues,
} from './form-values.js';
import { GenerationProgress } from './generation-progress.js';
import { JobDescriptionField } from './job-description-field.js';
import { refusedPassagesOf, RemoveRefusedButton, type PasteField } from './remove-refused-button.js';
import { preloadGenerationStream, type GenerationState } from './use-generation.js';
import { useBudget } from './use-budget.js';
import { useEstimate } from './use-estimate.js';
import { loadFormCheckerWithin, useFormChecker, type FormChecker } from './use-form-checker.js';
import { loadInjectionDetectorWithin, useInjectionDetector } from './use-injection-detector.js';

const LANGUAGES = [
  'English',
  'Deutsch',
  'Español',
  'Français',
  'Italiano',
  'Nederlands',
  'Polski',
  'Português',
  'Türkçe',
  'Українська',
  '日本語',
  '中文',
];

/** Where to put the focus for each field that can fail. */
const FIELD_IDS: Partial<Record<FormField, string>> = {
  jobDescription: 'field-job-description',
  candidateProfile: 'field-candidate-profile',
  questionCount: 'field-question-count',
  language: 'field-language',
  model: 'field-model',
  sector: 'field-sector',
  roundMinutes: 'field-round-minutes',
  persona: 'field-organisation-kind',
};

/** How long Generate waits for a check still loading (form, detector) before it leaves it to the server. */
const CHECK_WAIT_MS = 1500;

/** Fields whose error waits until the user has typed in them and left, or has submitted. */
const GATED_FIELDS: ReadonlySet<FormField> = new Set(['jobDescription', 'model', 'roundMinutes']);

type GenerationFormProps = {
  limits: PublicConfig['limits'];
  models: readonly ModelInfo[];
  values: FormValues;
  onValuesChange: (values: FormValues) => void;
  generation: GenerationState;
  /** The spending budgets at page load (null when none is set); refreshed here after each generation. */
  budgets: PublicConfig['budgets'];
};

/** What a generation needs besides the form: the code that reads its stream, and the result view. */
function preloadGeneration(): void {
  preloadGenerationStream();
  preloadResultView();
}

/** The settings form, its validation (the server's own schema), the estimate and the progress. */
export function GenerationForm({ limits, models, values, onValuesChange, generation, budgets }: GenerationFormProps) {
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const typedIn = useRef(new Set<keyof FormValues>());
  // The form's checks load once the user points at the form or focuses it; the server checks anyway.
  const [engaged, setEngaged] = useState(false);
  const checker = useFormChecker(engaged);
  // Loaded once the user types or pastes a text the detector reads; the server checks anyway.
  const [pasted, setPasted] = useState(false);
  const detectInjection = useInjectionDetector(pasted);
  const waitingForChecks = useRef(false);
  // Null until the checker has loaded: no error to show yet, and no estimate.
  const check = useMemo(
    () => checker?.checkForm(values, limits, detectInjection) ?? null,
    [checker, values, limits, detectInjection],
  );
  const allErrors: FieldErrors = check && !check.ok ? check.errors : {};
  const { startError } = generation;
  const busy = generation.starting || generation.activeRun !== null;

  const visibleErrors: FieldErrors = {};
  for (const [field, message] of Object.entries(allErrors) as [FormField, string][]) {
    if (submitted || touched.has(field) || !GATED_FIELDS.has(field)) visibleErrors[field] = message;
  }
  const serverErrorShown = Boolean(startError?.field && !visibleErrors[startError.field as FormField]);
  if (startError?.field && serverErrorShown) visibleErrors[startError.field as FormField] = startError.message;
  const estimateRequest =
    check && (check.ok || Object.keys(allErrors).every((field) => field === 'jobDescription')) ? check.request : null;
  const estimate = useEstimate(estimateRequest);
  const budgetStatus: BudgetStatus | null = useBudget(budgets, busy);

  // A server-side field error is shown next to its field: go there.
  const startErrorField = startError?.field as FormField | undefined;
  useEffect(() => {
    if (startErrorField && FIELD_IDS[startErrorField]) focusField(FIELD_IDS[startErrorField]);
  }, [startError, startErrorField]);

  function change<Key extends keyof FormValues>(field: Key, value: FormValues[Key]) {
    typedIn.current.add(field);
    if (field === 'jobDescription' || field === 'candidateProfile') setPasted(true);
    if (startError) generation.clearStartError();
    onValuesChange({ ...values, [field]: value });
  }

  /**
   * Leaving a field the user has typed in shows its error from then on; but not when the focus goes
   * to the submit button: the error would push the button down between mouse down and up, so the
   * click would miss it. The submit shows every error anyway.
   */
  function touch(field: FormField, input: keyof FormValues, event: FocusEvent) {
    const next = event.relatedTarget;
    if (next instanceof HTMLButtonElement && next.type === 'submit') return;
    if (typedIn.current.has(input)) setTouched((current) => new Set(current).add(field));
  }

  function fieldId(field: FormField): string | undefined {
    return field === 'model' && values.modelChoice === OTHER_MODEL ? 'field-custom-model' : FIELD_IDS[field];
  }

  /** Generates when the form is valid; else shows every error and focuses `preferred` or the first field with one. */
  function submit(formCheck: FormCheck, preferred?: FormField) {
    setSubmitted(true);
    if (!formCheck.ok) {
      const firstField =
        preferred && formCheck.errors[preferred]
          ? preferred
          : (Object.keys(formCheck.errors) as FormField[]).find((field) => fieldId(field));
      // After the render that shows the errors (and opens Advanced settings when the field is in it).
      if (firstField) window.requestAnimationFrame(() => focusField(fieldId(firstField)!));
      return;
    }
    void generation.start(formCheck.request);
  }

  /** The form as checked here; without the checker (it could not be loaded), as sent: the server checks it. */
  function checkWith(formChecker: FormChecker | null, detector: typeof detectInjection): FormCheck {
    return formChecker?.checkForm(values, limits, detector) ?? { ok: true, request: toRequestInput(values) };
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy || waitingForChecks.current) return;
    // Usually already loaded on the button's hover or focus (not with Ctrl+Enter).
    preloadGeneration();
    if (check && (!pasted || detectInjection)) {
      submit(check);
      return;
    }
    // Generated at once: a check is on its way; it runs here first when it comes in time.
    waitingForChecks.current = true;
    void Promise.all([
      checker ?? loadFormCheckerWithin(CHECK_WAIT_MS),
      pasted ? (detectInjection ?? loadInjectionDetectorWithin(CHECK_WAIT_MS)) : null,
    ]).then(([loadedChecker, detector]) => {
      waitingForChecks.current = false;
      submit(checkWith(loadedChecker, detector));
    });
  }

  /**
   * "Remove it and generate": the paste without what was refused, checked again, then generated.
   * The focus goes back to the field (the button leaves with the error), where the edit was made.
   */
  function removeRefused(field: PasteField, passages: readonly string[]) {
    // Shown only under an error, so the checker is here, unless the server's error came first.
    if (checker) {
      removeRefusedWith(checker, field, passages);
      return;
    }
    void loadFormCheckerWithin(CHECK_WAIT_MS).then((loaded) => loaded && removeRefusedWith(loaded, field, passages));
  }

  function removeRefusedWith(formChecker: FormChecker, field: PasteField, passages: readonly string[]) {
    const next = { ...values, [field]: formChecker.removePassages(values[field], passages) };
    typedIn.current.add(field);
    generation.clearStartError();
    onValuesChange(next);
    const nextCheck = formChecker.checkForm(next, limits, detectInjection);
    submit(nextCheck, field);
    if (nextCheck.ok) window.requestAnimationFrame(() => focusField(FIELD_IDS[field]!));
  }

  function removeButtonFor(field: PasteField) {
    const fromServer = serverErrorShown && startError?.field === field;
    const passages = refusedPassagesOf(field, check, startError, fromServer);
    return passages ? (
      <RemoveRefusedButton field={field} passages={passages} busy={busy} onRemove={removeRefused} />
    ) : null;
  }

  function submitOnControlEnter(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.form?.requestSubmit();
    }
  }

  return (
    <form
      className="generation-form"
      onSubmit={handleSubmit}
      onPointerEnter={() => setEngaged(true)}
      onFocus={() => setEngaged(true)}
      noValidate
      aria-label="Interview settings"
    >
      <JobDescriptionField
        value={values.jobDescription}
        maxChars={limits.maxInputChars}
        minChars={limits.minInputChars}
        error={visibleErrors.jobDescription}
        errorAction={removeButtonFor('jobDescription')}
        onChange={(value) => change('jobDescription', value)}
        onBlur={(event) => touch('jobDescription', 'jobDescription', event)}
        onKeyDown={submitOnControlEnter}
      />
      <CandidateProfileField
        value={values.candidateProfile}
        maxChars={limits.maxProfileChars}
        error={visibleErrors.candidateProfile}
        errorAction={removeButtonFor('candidateProfile')}
        onChange={(value) => change('candidateProfile', value)}
      />
      <div className="form-grid">
        <SelectField
          id="field-interview-type"
          label="Interview type"
          value={values.interviewType}
          options={optionsFrom(INTERVIEW_TYPE_LABELS)}
          onChange={(value) => change('interviewType', value as FormValues['interviewType'])}
        />
        <SelectField
          id="field-experience-level"
          label="Experience level"
          value={values.experienceLevel}
          options={optionsFrom(EXPERIENCE_LEVEL_LABELS)}
          onChange={(value) => change('experienceLevel', value as FormValues['experienceLevel'])}
        />
        <SelectField
          id="field-technique"
          label="Prompt technique"
          value={values.technique}
          options={optionsFrom(TECHNIQUE_LABELS)}
          onChange={(value) => change('technique', value as FormValues['technique'])}
          hint={describeTechnique(values.technique)}
        />
        <div className="form-grid-pair">
          <Field id="field-question-count" label="Number of questions" error={visibleErrors.questionCount}>
            {(describedBy) => (
              <input
                id="field-question-count"
                type="number"
                inputMode="numeric"
                min={limits.minQuestionCount}
                max={limits.maxQuestionCount}
                step={1}
                value={values.questionCount}
                onChange={(event) => change('questionCount', event.target.value)}
                aria-describedby={describedBy}
                aria-invalid={visibleErrors.questionCount ? true : undefined}
              />
            )}
          </Field>
          <Field id="field-language" label="Output language" error={visibleErrors.language}>
            {(describedBy) => (
              <>
                <input
                  id="field-language"
                  type="text"
                  list="language-options"
                  value={values.language}
                  onChange={(event) => change('language', event.target.value)}
                  aria-describedby={describedBy}
                  aria-invalid={visibleErrors.language ? true : undefined}
                  autoComplete="off"
                />
                <datalist id="language-options">
                  {LANGUAGES.map((language) => (
                    <option key={language} value={language} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
        </div>
      </div>
      <AdvancedSettings
        values={values}
        models={models}
        errors={visibleErrors}
        onChange={change}
        onCustomModelBlur={(event) => touch('model', 'customModel', event)}
        onRoundMinutesBlur={(event) => touch('roundMinutes', 'roundMinutes', event)}
      />
      <div className="submit-row">
        <button
          type="submit"
          className="button button-primary"
          aria-disabled={busy || undefined}
          title="Ctrl+Enter (⌘+Enter) in the job description also generates"
          onPointerEnter={preloadGeneration}
          onFocus={preloadGeneration}
        >
          Generate questions
        </button>
        {busy || !values.jobDescription.trim() ? null : (
          <EstimateLine estimate={estimate} available={check === null || estimateRequest !== null} />
        )}
        <BudgetLine budgets={budgetStatus} estimatedCostUsd={busy ? null : (estimate?.estimatedCostUsd ?? null)} />
      </div>
      <GenerationProgress
        run={generation.activeRun}
        starting={generation.starting}
        cancelling={generation.cancelling}
        onCancel={generation.cancel}
      />
    </form>
  );
}
