/**
 * A worker thread of the build: plans the courses it is sent (read, check, lint, render,
 * plan the zips; see `planCourse`) and posts each plan back with its stage times. It
 * compiles the schemas and loads the word lists once, for all the courses it is given.
 */
import { parentPort } from 'node:worker_threads';
import { planCourse } from '../plan-course.js';
import { StageTimer } from '../stage-timer.js';
import type { PlanJob, PlanReply } from './plan-pool.js';

const port = parentPort;
if (!port) throw new Error('plan-worker.js runs as a worker thread of copack build.');

port.on('message', (job: PlanJob) => {
  const timer = new StageTimer();
  let reply: PlanReply;
  try {
    reply = { job: job.job, plan: planCourse(job.dir, job.settings, timer), timings: timer.timings() };
  } catch (error) {
    const { message, stack } = error instanceof Error ? error : new Error(String(error));
    reply = { job: job.job, error: { message, ...(stack ? { stack } : {}) } };
  }
  port.postMessage(reply);
});
