import { Hono, type Context } from 'hono';
import { questionsApiHref, staffContentApiHref, staffHolidaysApiHref } from '../src/addresses/addresses.ts';
import { questionsApi } from './questions/api.ts';
import { mailboxPages } from './questions/console.tsx';
import { questionFormPages } from './questions/form-pages.tsx';
import { type LetterFacts, site } from '../src/config/site.ts';
import { createApi } from './api/index.ts';
import type { CheckContent } from './content/actions.ts';
import { contentApi } from './content/api.ts';
import { contentConsolePages } from './content/console/pages.tsx';
import { axeRoutes } from './content/console/preview.tsx';
import { contentFileRoutes } from './content/public-files.ts';
import { contentPublicRoutes } from './content/public-pages.tsx';
import { overlayRoutes } from './content/overlay.ts';
import { listPagesRoutes } from './content/lists.tsx';
import { answerListRoutes } from './content/answer-pages.tsx';
import { clientAddressFrom } from './http/client-address.ts';
import { closeAfterUnreadBody } from './http/limits.ts';
import type { Database } from './db/database.ts';
import { requestFormPages } from './requests/form-pages.tsx';
import { reportPublicRoutes, unbuiltReports } from './reports/public.tsx';
import { reportStaffRoutes } from './reports/staff.tsx';
import { createRateLimiter } from './http/rate-limit.ts';
import { secureHeaders } from './http/security.ts';
import { saveDataTiming } from './http/save-data.ts';
import { serveDist } from './http/static.ts';
import { checkContent } from './content/checks/index.ts';
import { canonicalAddresses } from './http/canonical.ts';
import { searchPages } from './search/pages.tsx';
import { sitemapRoutes } from './sitemap/sitemap.ts';
import { staffApi } from './staff/api.ts';
import { createStaffConsole } from './staff/console.ts';
import { staffPages } from './staff/pages.tsx';
import { holidayApi, holidayPages } from './holidays/pages.tsx';
import { buildAssets } from './pages/assets.ts';
import { notFoundPage } from './pages/not-found.tsx';
import { createLogger, requestLog, type Logger } from './logging/logger.ts';
import type { MailQueueing } from './mail/letter-mail.ts';

export interface AppOptions {
  distDir: string;
  db: Database;
  /** The clock; tests set it to cross holidays and rate-limit windows without waiting. */
  now?: () => Date;
  /** Who is asking, for the rate limit; tests name clients themselves. */
  clientAddress?: (c: Context) => string;
  /** Reverse proxies in front of the server whose X-Forwarded-For / Forwarded are believed (TRUST_PROXY); default 0. */
  trustProxy?: number;
  /** The site's absolute address (BASE_URL): an https:// one turns on Strict-Transport-Security. */
  baseUrl?: string;
  /** Disclosure requests per minute from one client address. */
  requestsPerMinute?: number;
  /** Where request lines and errors go (server/logging/logger.ts); by default standard output at LOG_LEVEL. */
  logger?: Logger;
  /** The bodies letters name and the letter number's prefix; default site.letters. */
  letterFacts?: LetterFacts;
  /** Set when e-mail is configured (SMTP_URL, MAIL_FROM): staff actions queue mail to applicants who chose e-mail. */
  mail?: MailQueueing;
  /** The authoring checks a publish must pass; by default server/content/checks/'s. */
  contentCheck?: CheckContent;
  /** Where the shipped content files are (src/content by default); tests give their own. */
  shippedContentDir?: string;
}

/** The whole site on one origin: the API under /api/, the built app everywhere else. */
export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  const logger = options.logger ?? createLogger();
  app.use(requestLog(logger));
  // Read once, at start: a build without its asset manifest fails here, not on the first page.
  const assets = buildAssets(options.distDir);
  const notFound = notFoundPage(assets);
  const now = options.now ?? (() => new Date());
  const clientAddress = options.clientAddress ?? clientAddressFrom(options.trustProxy ?? 0);
  const rateLimit = { limit: options.requestsPerMinute ?? 10, windowMs: 60_000 };
  const limiter = createRateLimiter({ ...rateLimit, db: options.db, now: () => now().getTime() });
  app.use(secureHeaders(options.baseUrl, assets.inlineHead));
  app.use(saveDataTiming);
  app.use(canonicalAddresses);
  // A refusal of a body never read closes the connection: the client's next request must not meet the rest of it.
  app.use(closeAfterUnreadBody);
  // Published annual reports; before the API, which answers 404 for the rest of /api/.
  app.route('/', reportPublicRoutes({ distDir: options.distDir, db: options.db }));
  // The build's sitemap with what staff published since.
  app.route('/', sitemapRoutes({ distDir: options.distDir, db: options.db }));
  // Published catalogue items and guides: before the build's files, whose page of an edited shipped item is stale.
  // What staff published since the build, with the reports published from the console that it lacks.
  const overlay = { db: options.db, reports: () => unbuiltReports(options.db, options.distDir) };
  app.route('/', contentPublicRoutes({ assets, ...overlay, db: options.db }));
  app.route('/', contentFileRoutes({ assets, db: options.db }));
  app.route('/', overlayRoutes(overlay));
  // The catalogue, guide list and home page with what staff published: before the build's files of them.
  app.route('/', listPagesRoutes({ assets, ...overlay, distDir: options.distDir }));
  // The published answers' list (issue 17 point 3), once staff have published one: before the build's empty page.
  app.route('/', answerListRoutes({ assets, ...overlay }));
  const staff = createStaffConsole({ db: options.db, now, distDir: options.distDir, clientAddress, letterFacts: options.letterFacts, mail: options.mail });
  // Before the API, whose staff part answers 404 for addresses it does not know.
  app.route(staffHolidaysApiHref, holidayApi({ staffConsole: staff }));
  app.route(staffContentApiHref, contentApi({ staffConsole: staff, check: options.contentCheck ?? checkContent, shippedDir: options.shippedContentDir }));
  // The online mailbox (issue 17): before the API, which answers 404 for the rest of /api/.
  app.route(questionsApiHref, questionsApi({ db: options.db, now, clientAddress, limiter }));
  app.route(
    '/api',
    createApi({
      requests: {
        db: options.db,
        now,
        clientAddress,
        rateLimit,
        limiter,
        referencePrefix: site.disclosure.referencePrefix,
        workingDays: site.disclosure.replyWorkingDays,
      },
      staff: staffApi(staff),
      logger,
    }),
  );
  // axe-core for the console's preview check: a library, kept by the browser, so before the sign-in check.
  app.route('/', axeRoutes());
  app.route('/', staffPages(staff));
  // After the staff pages, whose sign-in check and cross-site refusal cover every /staff/ address.
  app.route('/', holidayPages({ staffConsole: staff }));
  app.route('/', mailboxPages({ staffConsole: staff }));
  app.route('/', contentConsolePages({ staffConsole: staff, assets, check: options.contentCheck ?? checkContent, shippedDir: options.shippedContentDir }));
  app.route('/', reportStaffRoutes({ db: options.db, now, distDir: options.distDir, requireStaff: staff.requireStaff }));
  app.route(
    '/',
    requestFormPages({
      assets,
      db: options.db,
      now,
      limiter,
      clientAddress,
      referencePrefix: site.disclosure.referencePrefix,
      workingDays: site.disclosure.replyWorkingDays,
    }),
  );
  // The online mailbox's form without JavaScript, the page it was asked from named, and the answer's page (issue 17).
  app.route('/', questionFormPages({ assets, distDir: options.distDir, db: options.db, now, limiter, clientAddress }));
  app.route('/', searchPages({ assets, distDir: options.distDir, db: options.db }));
  app.use(serveDist(options.distDir, notFound));
  app.notFound(notFound);
  app.onError((error, c) => {
    // Never the body or the query: the error's message and stack are scrubbed by the logger.
    logger.error({ err: error, method: c.req.method, path: c.req.path }, 'request failed');
    return c.text('Internal Server Error', 500, { 'Cache-Control': 'no-store' });
  });
  return app;
}
