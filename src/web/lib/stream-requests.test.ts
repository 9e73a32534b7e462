import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.js';
import { connectionLostError, whyStreamStopped } from './stream-requests.js';

const cancelledError = { code: 'cancelled', message: 'Stopped: 2 kept.' } as const;
const connectionLost = connectionLostError('the feedback');

describe('whyStreamStopped', () => {
  it("says the user's cancel, whatever else happened", () => {
    expect(whyStreamStopped({ userCancelled: true, cancelledError, connectionLost })).toBe(cancelledError);
    expect(whyStreamStopped({ userCancelled: true, error: new TypeError('x'), cancelledError, connectionLost })).toBe(
      cancelledError,
    );
  });

  it('counts an aborted fetch as cancelled', () => {
    const error = new DOMException('aborted', 'AbortError');
    expect(whyStreamStopped({ userCancelled: false, error, cancelledError, connectionLost })).toBe(cancelledError);
  });

  it('says the connection was lost when the stream just ended early, or fetch dropped it', () => {
    expect(whyStreamStopped({ userCancelled: false, cancelledError, connectionLost })).toEqual(connectionLost);
    expect(
      whyStreamStopped({ userCancelled: false, error: new TypeError('x'), cancelledError, connectionLost }),
    ).toEqual(connectionLost);
    expect(connectionLost.message).toMatch(/before the feedback finished/);
  });

  it("passes the server's error on", () => {
    const error = new ApiError({ code: 'rate_limited', message: 'Slow down.' }, 429);
    expect(whyStreamStopped({ userCancelled: false, error, cancelledError, connectionLost })).toMatchObject({
      code: 'rate_limited',
      message: 'Slow down.',
    });
  });
});
