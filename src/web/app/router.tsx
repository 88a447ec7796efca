import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppLayout, PublicLayout, RootLayout } from './layouts.js';
import { RouteError } from './RouteError.js';

const loaders: Array<() => Promise<unknown>> = [];

/**
 * A route whose page is its own chunk, so the first load carries only the shell and the
 * page being opened. Every loader is remembered for `prefetchPages`.
 */
function page<M>(load: () => Promise<M>, pick: (m: M) => ComponentType) {
  loaders.push(load);
  return async () => ({ Component: pick(await load()) });
}

/**
 * Fetches every page's chunk once the browser is idle after the first page shows: the
 * first load stays small, and a page opened later (or offline) is already on the device.
 */
export function prefetchPages(): void {
  const run = () => {
    for (const load of loaders) void load().catch(() => undefined);
  };
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 3000 });
  else setTimeout(run, 1000);
}

/** The app's routes; each page loads on demand. */
export function createRouter() {
  return createBrowserRouter([
    {
      element: <RootLayout />,
      errorElement: <RouteError />,
      children: [
        {
          element: <PublicLayout />,
          children: [
            { index: true, lazy: page(() => import('../features/welcome/WelcomePage.js'), (m) => m.WelcomePage) },
            { path: 'safety', lazy: page(() => import('../features/safety/SafetyPage.js'), (m) => m.SafetyPage) },
            { path: 'signup', lazy: page(() => import('../features/accounts/SignupPage.js'), (m) => m.SignupPage) },
            { path: 'signin', lazy: page(() => import('../features/accounts/SigninPage.js'), (m) => m.SigninPage) },
            { path: 'recover', lazy: page(() => import('../features/accounts/RecoverPage.js'), (m) => m.RecoverPage) },
            { path: 'goodbye', lazy: page(() => import('../features/accounts/GoodbyePage.js'), (m) => m.GoodbyePage) },
            { path: 'open-export', lazy: page(() => import('../features/accounts/OpenExportPage.js'), (m) => m.OpenExportPage) },
            { path: 'unlock', lazy: page(() => import('../features/accounts/UnlockPage.js'), (m) => m.UnlockPage) },
            { path: 'join', lazy: page(() => import('../features/couples/JoinPage.js'), (m) => m.JoinPage) },
          ],
        },
        {
          element: <AppLayout />,
          children: [
            { path: 'today', lazy: page(() => import('../features/today/TodayPage.js'), (m) => m.TodayPage) },
            { path: 'couple', lazy: page(() => import('../features/couples/CouplePage.js'), (m) => m.CouplePage) },
            { path: 'practices', lazy: page(() => import('../features/practices/PracticesPage.js'), (m) => m.PracticesPage) },
            { path: 'practices/understand', lazy: page(() => import('../features/reflections/ReflectionsPage.js'), (m) => m.ReflectionsPage) },
            { path: 'practices/understand/questions', lazy: page(() => import('../features/questions/QuestionsPage.js'), (m) => m.QuestionsPage) },
            { path: 'practices/apologize', lazy: page(() => import('../features/apologies/ApologyPage.js'), (m) => m.ApologyPage) },
            { path: 'practices/closeness', lazy: page(() => import('../features/prompts/PromptsPage.js'), (m) => m.PromptsPage) },
            { path: 'practices/closeness/journal', lazy: page(() => import('../features/journal/JournalPage.js'), (m) => m.JournalPage) },
            { path: 'practices/promises', lazy: page(() => import('../features/commitments/CommitmentsPage.js'), (m) => m.CommitmentsPage) },
            { path: 'practices/notes', lazy: page(() => import('../features/notes/NotesPage.js'), (m) => m.NotesPage) },
            { path: 'practices/healing', lazy: page(() => import('../features/healing/HealingPage.js'), (m) => m.HealingPage) },
            { path: 'practices/healing/check/:instrumentId', lazy: page(() => import('../features/healing/QuestionnairePage.js'), (m) => m.QuestionnairePage) },
            { path: 'practices/healing/results/:resultId', lazy: page(() => import('../features/healing/ResultPage.js'), (m) => m.ResultPage) },
            { path: 'practices/rituals', lazy: page(() => import('../features/rituals/RitualsPage.js'), (m) => m.RitualsPage) },
            { path: 'practices/agreements', lazy: page(() => import('../features/agreements/AgreementsPage.js'), (m) => m.AgreementsPage) },
            { path: 'practices/forgiveness', lazy: page(() => import('../features/forgiveness/ForgivenessPage.js'), (m) => m.ForgivenessPage) },
            { path: 'practices/:slug', lazy: page(() => import('../features/practices/PracticesPage.js'), (m) => m.PracticePage) },
            { path: 'moments', lazy: page(() => import('../features/moments/MomentsPage.js'), (m) => m.MomentsPage) },
            { path: 'notifications', lazy: page(() => import('../features/notifications/NotificationsPage.js'), (m) => m.NotificationsPage) },
            { path: 'settings', lazy: page(() => import('../features/accounts/SettingsPage.js'), (m) => m.SettingsPage) },
            { path: 'safety/check', lazy: page(() => import('../features/safety/SafetyCheckPage.js'), (m) => m.SafetyCheckPage) },
          ],
        },
        {
          element: <PublicLayout />,
          children: [{ path: '*', lazy: page(() => import('../features/NotFoundPage.js'), (m) => m.NotFoundPage) }],
        },
      ],
    },
  ]);
}
