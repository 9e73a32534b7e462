import { describe, expect, it } from 'vitest';
import { OPENAI_API_BASE_URL } from '../llm/create-llm-client.js';
import { ConfigError, keyRequiredFor, loadConfig } from './config.js';

describe('keyRequiredFor', () => {
  it('is true only for OpenAI itself', () => {
    expect(keyRequiredFor(undefined)).toBe(true);
    expect(keyRequiredFor(null)).toBe(true);
    expect(keyRequiredFor('  ')).toBe(true);
    expect(keyRequiredFor('https://api.openai.com/v1')).toBe(true);
    expect(keyRequiredFor('https://eu.api.openai.com/v1')).toBe(true);
    expect(keyRequiredFor('HTTPS://API.OPENAI.COM/v1')).toBe(true);
    expect(keyRequiredFor('http://localhost:11434/v1')).toBe(false);
    expect(keyRequiredFor('http://127.0.0.1:1234/v1')).toBe(false);
    expect(keyRequiredFor('https://openai.com.example.net/v1')).toBe(false);
  });

  it('counts an unreadable URL as needing a key', () => {
    expect(keyRequiredFor('not a url')).toBe(true);
  });
});

describe('whether the configured server needs a key', () => {
  it('decides it from the base URL by default, and lets OPENAI_API_KEY_REQUIRED override it', () => {
    expect(loadConfig({}).openai).toMatchObject({ apiKey: null, apiKeyRequired: true, baseURL: OPENAI_API_BASE_URL });
    expect(loadConfig({ OPENAI_BASE_URL: 'http://localhost:11434/v1' }).openai.apiKeyRequired).toBe(false);
    expect(
      loadConfig({ OPENAI_BASE_URL: 'http://localhost:11434/v1', OPENAI_API_KEY_REQUIRED: 'true' }).openai
        .apiKeyRequired,
    ).toBe(true);
    expect(loadConfig({ OPENAI_API_KEY_REQUIRED: 'false' }).openai.apiKeyRequired).toBe(false);
  });

  it('refuses a value of OPENAI_API_KEY_REQUIRED other than auto, true or false, naming it', () => {
    expect(() => loadConfig({ OPENAI_API_KEY_REQUIRED: 'yes' })).toThrow(ConfigError);
    expect(() => loadConfig({ OPENAI_API_KEY_REQUIRED: 'yes' })).toThrow(
      /OPENAI_API_KEY_REQUIRED must be auto, true or false/,
    );
  });
});
