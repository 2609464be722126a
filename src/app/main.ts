// `npm start`: Probot reads APP_ID, PRIVATE_KEY, WEBHOOK_SECRET, PORT… from the environment (or
// .env); without an app id it serves the setup flow that registers the app from app.yml.
import { run } from 'probot';
import { mentorshipApp } from './mentorship-app.js';

const hashSalt = process.env.METRICS_HASH_SALT;
const metricsToken = process.env.METRICS_TOKEN;
await run(
  mentorshipApp({
    ...(hashSalt ? { hashSalt } : {}),
    ...(metricsToken ? { metricsToken } : {}),
  }),
);
