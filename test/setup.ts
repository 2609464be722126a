import nock from 'nock';
import { afterEach, beforeAll } from 'vitest';

// No test may reach the network: anything nock does not intercept fails loudly.
beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect((host) => host.startsWith('127.0.0.1') || host.startsWith('localhost'));
});

afterEach(() => {
  nock.cleanAll();
});
