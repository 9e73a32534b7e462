import { useCallback, useEffect, useRef, useState } from 'react';

/** The part of the Web Speech API's SpeechRecognition the practice view uses. */
type Recognition = {
  continuous: boolean;
  interimResults: boolean;
  lang: string;
  onresult: ((event: { results: ArrayLike<ArrayLike<{ transcript: string }>> }) => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
};
type RecognitionConstructor = new () => Recognition;

function findRecognition(): RecognitionConstructor | null {
  if (typeof window === 'undefined') return null;
  const scope = window as unknown as Record<string, RecognitionConstructor | undefined>;
  return scope['SpeechRecognition'] ?? scope['webkitSpeechRecognition'] ?? null;
}

/**
 * Errors that mean speech cannot work in this browser at all: Chromium's recognition runs on
 * Google's servers, so offline (or without them) it fails with "network"; a refused microphone
 * fails with "not-allowed".
 */
const UNAVAILABLE_ERRORS = new Set(['network', 'not-allowed', 'service-not-allowed', 'language-not-supported']);

export const SPEECH_UNAVAILABLE_NOTE =
  'Speech recognition is not available here (it needs a connection to the browser’s speech service and microphone access). Type your answer instead.';

/** Set once speech failed for good, so later answer boxes on this page do not offer it again. */
let knownUnavailable = false;

function noteForError(error: string): string | null {
  if (error === 'aborted') return null;
  if (error === 'no-speech') return 'No speech was heard. Press Speak to try again, or type your answer.';
  if (error === 'audio-capture')
    return 'No microphone was found. Type your answer, or connect one and press Speak again.';
  return 'Speech recognition stopped. You can keep typing, or press Speak again.';
}

function joinText(base: string, transcript: string): string {
  if (!transcript) return base;
  return base.trim() ? `${base.replace(/\s+$/, '')} ${transcript}` : transcript;
}

export type SpeechRecognitionState = {
  /** False when this browser has no speech recognition, or it failed in a way that will not recover. */
  available: boolean;
  listening: boolean;
  /** What to tell the user about speech (unavailable, no speech heard...), else null. */
  note: string | null;
  /** True once a recognised phrase went into the answer. */
  spoken: boolean;
  /** The longest silence between two recognised phrases, in seconds; null before two arrived. */
  longestPauseSeconds: number | null;
  /** Starts listening; results are appended to `base` and passed to onText. */
  start(base: string): void;
  stop(): void;
  /** Forgets what the last answer measured (for the next answer). */
  reset(): void;
};

/**
 * Speech input where the browser offers it (feature-detected). Interim results go to onText as
 * they arrive, so the text can be read and edited before it is sent.
 */
export function useSpeechRecognition(onText: (text: string) => void): SpeechRecognitionState {
  const [available, setAvailable] = useState(() => !knownUnavailable && findRecognition() !== null);
  const [listening, setListening] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [spoken, setSpoken] = useState(false);
  const [longestPauseSeconds, setLongestPause] = useState<number | null>(null);
  const recognitionRef = useRef<Recognition | null>(null);
  const onTextRef = useRef(onText);
  onTextRef.current = onText;

  useEffect(() => () => recognitionRef.current?.abort(), []);

  const start = useCallback((base: string) => {
    const Constructor = findRecognition();
    if (!Constructor || recognitionRef.current) return;
    const recognition = new Constructor();
    recognition.continuous = true;
    recognition.interimResults = true;
    recognition.lang = document.documentElement.lang || navigator.language;
    let lastResultAt: number | null = null;
    recognition.onresult = (event) => {
      const now = performance.now();
      if (lastResultAt !== null) {
        const pause = Math.round((now - lastResultAt) / 100) / 10;
        setLongestPause((longest) => Math.max(longest ?? 0, pause));
      }
      lastResultAt = now;
      const transcript = Array.from(event.results, (result) => result[0]?.transcript ?? '')
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
      setSpoken(true);
      onTextRef.current(joinText(base, transcript));
    };
    recognition.onerror = (event) => {
      if (UNAVAILABLE_ERRORS.has(event.error)) {
        knownUnavailable = true;
        setAvailable(false);
        setNote(SPEECH_UNAVAILABLE_NOTE);
      } else {
        setNote(noteForError(event.error));
      }
    };
    recognition.onend = () => {
      recognitionRef.current = null;
      setListening(false);
    };
    recognitionRef.current = recognition;
    setNote(null);
    setListening(true);
    try {
      recognition.start();
    } catch {
      recognitionRef.current = null;
      setListening(false);
      setNote(noteForError('unknown'));
    }
  }, []);

  const stop = useCallback(() => recognitionRef.current?.stop(), []);
  const reset = useCallback(() => {
    recognitionRef.current?.abort();
    setSpoken(false);
    setLongestPause(null);
  }, []);

  return { available, listening, note, spoken, longestPauseSeconds, start, stop, reset };
}
