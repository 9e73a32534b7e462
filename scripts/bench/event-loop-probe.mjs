// Preloaded into the app's process by the benchmark (node --import): the event-loop delay cannot be
// seen from outside, so this reports perf_hooks.monitorEventLoopDelay over the IPC channel on request.
// It only reads; the app's own code is unchanged.
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setInterval } from 'node:timers';

const RESOLUTION_MS = 10;
const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
// The histogram holds the time between the probe's timer runs (10 ms when nothing blocks): the
// figures below are what came on top of that, i.e. how long the loop was held up.
const blocked = (nanoseconds) => Math.max(0, nanoseconds / 1e6 - RESOLUTION_MS);
histogram.enable();
// The live heap (what is reachable, plus garbage not yet collected), to tell it from RSS.
let heapUsedMaxBytes = 0;
// How busy the main thread was (event-loop utilisation), apart from the process's worker threads.
let utilizationSince = performance.eventLoopUtilization();
setInterval(() => (heapUsedMaxBytes = Math.max(heapUsedMaxBytes, process.memoryUsage().heapUsed)), 100).unref();
process.on('message', (message) => {
  if (message?.type !== 'event-loop-read') return;
  process.send?.({
    type: 'event-loop',
    maxMs: blocked(histogram.max),
    p99Ms: blocked(histogram.percentile(99)),
    p50Ms: blocked(histogram.percentile(50)),
    meanMs: blocked(histogram.mean),
    heapUsedMaxMb: heapUsedMaxBytes / 2 ** 20,
    mainThreadBusy: performance.eventLoopUtilization(utilizationSince).utilization,
  });
  if (message.reset) {
    histogram.reset();
    heapUsedMaxBytes = 0;
    utilizationSince = performance.eventLoopUtilization();
  }
});
process.channel?.unref();
