import '@werkplek/ui/styles.css';
import { startStandalone } from '@werkplek/frontend-kit/standalone';
import App, { AREA_PATH } from '../App.js';

// Standalone development only (pnpm dev): the shell owns sign-in and the ApolloClient in the real page.
startStandalone({ App, title: 'Duaal leren', basePath: AREA_PATH, startPath: '/aanvragen' });
