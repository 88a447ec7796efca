import { createBrowserRouter } from 'react-router';
import { GoodbyePage } from '../features/accounts/GoodbyePage.js';
import { OpenExportPage } from '../features/accounts/OpenExportPage.js';
import { RecoverPage } from '../features/accounts/RecoverPage.js';
import { SettingsPage } from '../features/accounts/SettingsPage.js';
import { SigninPage } from '../features/accounts/SigninPage.js';
import { SignupPage } from '../features/accounts/SignupPage.js';
import { UnlockPage } from '../features/accounts/UnlockPage.js';
import { AgreementsPage } from '../features/agreements/AgreementsPage.js';
import { ApologyPage } from '../features/apologies/ApologyPage.js';
import { CommitmentsPage } from '../features/commitments/CommitmentsPage.js';
import { CouplePage } from '../features/couples/CouplePage.js';
import { JoinPage } from '../features/couples/JoinPage.js';
import { ForgivenessPage } from '../features/forgiveness/ForgivenessPage.js';
import { NotFoundPage } from '../features/NotFoundPage.js';
import { PracticePage, PracticesPage } from '../features/practices/PracticesPage.js';
import { PromptsPage } from '../features/prompts/PromptsPage.js';
import { JournalPage } from '../features/journal/JournalPage.js';
import { QuestionsPage } from '../features/questions/QuestionsPage.js';
import { ReflectionsPage } from '../features/reflections/ReflectionsPage.js';
import { RitualsPage } from '../features/rituals/RitualsPage.js';
import { SafetyPage } from '../features/safety/SafetyPage.js';
import { TodayPage } from '../features/today/TodayPage.js';
import { MomentsPage } from '../features/triggers/MomentsPage.js';
import { NotesPage } from '../features/notes/NotesPage.js';
import { HealingPage } from '../features/healing/HealingPage.js';
import { QuestionnairePage } from '../features/healing/QuestionnairePage.js';
import { ResultPage } from '../features/healing/ResultPage.js';
import { NotificationsPage } from '../features/notifications/NotificationsPage.js';
import { WelcomePage } from '../features/welcome/WelcomePage.js';
import { AppLayout, PublicLayout, RootLayout } from './layouts.js';
import { RouteError } from './RouteError.js';

export function createRouter() {
  return createBrowserRouter([
    {
      element: <RootLayout />,
      errorElement: <RouteError />,
      children: [
        {
          element: <PublicLayout />,
          children: [
            { index: true, element: <WelcomePage /> },
            { path: 'safety', element: <SafetyPage /> },
            { path: 'signup', element: <SignupPage /> },
            { path: 'signin', element: <SigninPage /> },
            { path: 'recover', element: <RecoverPage /> },
            { path: 'goodbye', element: <GoodbyePage /> },
            { path: 'open-export', element: <OpenExportPage /> },
            { path: 'unlock', element: <UnlockPage /> },
            { path: 'join', element: <JoinPage /> },
          ],
        },
        {
          element: <AppLayout />,
          children: [
            { path: 'today', element: <TodayPage /> },
            { path: 'couple', element: <CouplePage /> },
            { path: 'practices', element: <PracticesPage /> },
            { path: 'practices/understand', element: <ReflectionsPage /> },
            { path: 'practices/understand/questions', element: <QuestionsPage /> },
            { path: 'practices/apologize', element: <ApologyPage /> },
            { path: 'practices/closeness', element: <PromptsPage /> },
            { path: 'practices/closeness/journal', element: <JournalPage /> },
            { path: 'practices/promises', element: <CommitmentsPage /> },
            { path: 'practices/notes', element: <NotesPage /> },
            { path: 'practices/healing', element: <HealingPage /> },
            { path: 'practices/healing/check/:instrumentId', element: <QuestionnairePage /> },
            { path: 'practices/healing/results/:resultId', element: <ResultPage /> },
            { path: 'practices/rituals', element: <RitualsPage /> },
            { path: 'practices/agreements', element: <AgreementsPage /> },
            { path: 'practices/forgiveness', element: <ForgivenessPage /> },
            { path: 'practices/:slug', element: <PracticePage /> },
            { path: 'moments', element: <MomentsPage /> },
            { path: 'notifications', element: <NotificationsPage /> },
            { path: 'settings', element: <SettingsPage /> },
          ],
        },
        {
          element: <PublicLayout />,
          children: [{ path: '*', element: <NotFoundPage /> }],
        },
      ],
    },
  ]);
}
