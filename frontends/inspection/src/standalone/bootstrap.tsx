import '@werkplek/ui/styles.css';
import { startStandalone } from '@werkplek/frontend-kit/standalone';
import App, { AREA_PATH } from '../App.js';

/** Standalone development: the app without the shell (see the README, "Standalone"). */
startStandalone({ App, title: 'Toezicht en inspectie', basePath: AREA_PATH, startPath: '/doorlichtingen' });
