// `npm start`: the App's server from the environment (see src/app/server/serve-from-env.ts);
// without APP_ID, Probot's setup flow that registers the app from app.yml.
import { mentorshipApp } from './mentorship-app.js';
import { serveFromEnv } from './server/serve-from-env.js';

await serveFromEnv({ env: process.env, app: mentorshipApp });
